/** Runs the check suite over a dev set, document by document, and scores what it finds. */
import type { CheckContext, Finding, SegmentInput } from '../types';
import { byDocument, type EvalSegment, type GoldError } from './dataset';
import { characterScores, findingHits, missedErrors, segmentScores, tallyByCheck, type CheckTally, type Scores, type ScoredSegment } from './metrics';

export type DocumentChecker = (segments: SegmentInput[], ctx: CheckContext) => Map<number, Finding[]>;

export interface EvaluatedSegment extends ScoredSegment {
  segment: EvalSegment;
}

/** A finding that touches no gold error, on a segment with no gold error of its category: a flag to tune away. */
export interface FalsePositive {
  finding: Finding;
  segment: EvalSegment;
}

export interface Evaluation {
  segments: EvaluatedSegment[];
  characters: Scores;
  bySegment: Scores;
  checks: Map<string, CheckTally>;
  falsePositives: FalsePositive[];
  missed: Array<{ error: GoldError; segment: EvalSegment }>;
}

/** Checks each document as the app would: segments numbered in order, paragraph = position, no glossary. */
export function runChecks(dev: readonly EvalSegment[], check: DocumentChecker): EvaluatedSegment[] {
  const out: EvaluatedSegment[] = [];
  let nextId = 1;
  for (const docSegments of byDocument(dev).values()) {
    const first = docSegments[0];
    if (!first) continue;
    const inputs = docSegments.map((s, i): SegmentInput => ({ id: nextId + i, paragraph: i, source: s.source, target: s.target }));
    const ctx: CheckContext = { sourceLang: first.sourceLang, targetLang: first.targetLang, glossary: [] };
    const findings = check(inputs, ctx);
    docSegments.forEach((segment, i) => out.push({ segment, gold: segment.errors, findings: findings.get(nextId + i) ?? [] }));
    nextId += docSegments.length;
  }
  return out;
}

/**
 * Scores evaluated segments. `sides` limits the character-level score to the sides the set annotates: the WMT
 * set marks errors in the target only, so source-side highlights there would count as wrong by construction.
 */
export function evaluate(segments: EvaluatedSegment[], sides: ReadonlyArray<'source' | 'target'> = ['source', 'target']): Evaluation {
  const keep = (spans: Finding['sourceSpans'], side: 'source' | 'target') => (sides.includes(side) ? spans : []);
  const scored = segments.map((s) => ({
    gold: s.gold.filter((g) => sides.includes(g.side)),
    findings: s.findings.map((f) => ({ ...f, sourceSpans: keep(f.sourceSpans, 'source'), targetSpans: keep(f.targetSpans, 'target') })),
  }));
  const falsePositives = segments.flatMap((s) =>
    s.findings
      .filter((f) => !findingHits(f, s.gold).anyCategory && !s.gold.some((g) => g.category === f.category))
      .map((finding) => ({ finding, segment: s.segment })),
  );
  const missed = segments.flatMap((s) => missedErrors(s).map((error) => ({ error, segment: s.segment })));
  return {
    segments,
    characters: characterScores(scored),
    bySegment: segmentScores(segments),
    checks: tallyByCheck(segments),
    falsePositives,
    missed,
  };
}
