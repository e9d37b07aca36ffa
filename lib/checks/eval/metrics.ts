/** Scores check findings against human-annotated errors: precision, recall and F1 by characters and by segments. */
import { CATEGORIES, type Category, type Finding, type Span } from '../types';
import type { GoldError } from './dataset';

/** One segment as scored: its gold errors and the findings the checks produced for it. */
export interface ScoredSegment {
  gold: readonly GoldError[];
  findings: readonly Finding[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was predicted (precision) or nothing was to be found (recall): 0 would read as a result. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Per category, plus 'any' for the category-agnostic score. */
export type Scores = Record<Category | 'any', Prf>;

type SideName = 'source' | 'target';
const SIDES: readonly SideName[] = ['source', 'target'];

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sorted, non-overlapping spans covering the same characters; empty spans vanish. */
export function union(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function length(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + (s.end - s.start), 0);
}

/** Characters covered by both span lists; both must come from union(). */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  let j = 0;
  for (const s of a) {
    while (j < b.length && (b[j]?.end ?? 0) <= s.start) j++;
    for (let k = j; k < b.length; k++) {
      const t = b[k];
      if (!t || t.start >= s.end) break;
      n += Math.min(s.end, t.end) - Math.max(s.start, t.start);
    }
  }
  return n;
}

function spansOf(f: Finding, side: SideName): readonly Span[] {
  return side === 'source' ? f.sourceSpans : f.targetSpans;
}

const goldSpans = (gold: readonly GoldError[], side: SideName, category?: Category): Span[] =>
  union(gold.filter((g) => g.side === side && (category === undefined ? g.category !== 'other' : g.category === category)));

const predictedSpans = (findings: readonly Finding[], side: SideName, category?: Category): Span[] =>
  union(findings.filter((f) => category === undefined || f.category === category).flatMap((f) => spansOf(f, side)));

/**
 * Character-level scores. Per side, the characters of a category's findings (merged, so two findings on one word
 * count once) against the characters of that category's gold errors. 'any' ignores categories but leaves out gold
 * 'other' (style, non-translation): no check claims those, so they would only deflate recall.
 */
export function characterScores(segments: readonly ScoredSegment[]): Scores {
  const count = (category?: Category): Prf => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const seg of segments) {
      for (const side of SIDES) {
        const p = predictedSpans(seg.findings, side, category);
        const g = goldSpans(seg.gold, side, category);
        const hit = overlap(p, g);
        tp += hit;
        predicted += length(p);
        gold += length(g);
      }
    }
    return prf(tp, predicted - tp, gold - tp);
  };
  return scoresBy(count);
}

/**
 * Segment-level scores: a segment is flagged or not, and has gold errors or not. For 'any', gold 'other' errors
 * count (a segment a reviewer found wrong in any way is worth opening); per category they cannot.
 */
export function segmentScores(segments: readonly ScoredSegment[]): Scores {
  const count = (category?: Category): Prf => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const seg of segments) {
      const flagged = seg.findings.some((f) => category === undefined || f.category === category);
      const wrong = seg.gold.some((g) => category === undefined || g.category === category);
      if (flagged && wrong) tp++;
      else if (flagged) fp++;
      else if (wrong) fn++;
    }
    return prf(tp, fp, fn);
  };
  return scoresBy(count);
}

function scoresBy(count: (category?: Category) => Prf): Scores {
  const out = { any: count() } as Scores;
  for (const c of CATEGORIES) out[c] = count(c);
  return out;
}

/** True when the spans cover a character of the gold error or, for an empty one (a missing comma), touch its position. */
export function touches(spans: readonly Span[], g: Span): boolean {
  return g.end > g.start ? overlap(union(spans), [g]) > 0 : spans.some((s) => s.start <= g.start && g.start <= s.end);
}

/** Whether a finding's spans touch a gold error: of its own category, or of any category (including 'other'). */
export function findingHits(f: Finding, gold: readonly GoldError[]): { sameCategory: boolean; anyCategory: boolean } {
  let sameCategory = false;
  let anyCategory = false;
  for (const g of gold) {
    if (!touches(spansOf(f, g.side), g)) continue;
    anyCategory = true;
    if (g.category === f.category) sameCategory = true;
  }
  return { sameCategory, anyCategory };
}

/** Gold errors (except 'other') that no finding of their category touches: what the checks miss. */
export function missedErrors(seg: ScoredSegment): GoldError[] {
  return seg.gold.filter(
    (g) => g.category !== 'other' && !seg.findings.some((f) => f.category === g.category && touches(spansOf(f, g.side), g)),
  );
}

export interface CheckTally {
  findings: number;
  /** Findings overlapping a gold error of the same category. */
  hits: number;
  /** Findings overlapping a gold error of any category. */
  hitsAny: number;
  /** Findings on segments with no gold error at all. */
  onCleanSegments: number;
}

/** Per check id: how many findings it made and how many of them point at a real error. */
export function tallyByCheck(segments: readonly ScoredSegment[]): Map<string, CheckTally> {
  const out = new Map<string, CheckTally>();
  for (const seg of segments) {
    for (const f of seg.findings) {
      const t = out.get(f.check) ?? { findings: 0, hits: 0, hitsAny: 0, onCleanSegments: 0 };
      const h = findingHits(f, seg.gold);
      t.findings++;
      if (h.sameCategory) t.hits++;
      if (h.anyCategory) t.hitsAny++;
      if (seg.gold.length === 0) t.onCleanSegments++;
      out.set(f.check, t);
    }
  }
  return out;
}
