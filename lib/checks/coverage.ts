/** Omission and addition check: content words on one side with no counterpart on the other, found by word alignment. */
import { alignWords, lookup, type Token } from '../lexicon';
import type { Finding, SegmentCheck, Severity, Span } from './types';

const CHECK = 'coverage';
/**
 * How far apart (as a share of the sentence) an unmatched source and target word may be and
 * still be a paraphrase of each other; German puts verbs last, so this is generous.
 */
const PARAPHRASE_DISTANCE = 0.5;
/** Words this short are mostly abbreviations and particles the dictionary handles poorly. */
const MIN_LETTERS = 3;

interface Gap {
  index: number;
  /** Position of the word's middle as a share of its sentence, 0…1. */
  at: number;
}

/** Unlinked content words of one side, as gaps. */
function gaps(tokens: Token[], linked: Set<number>, length: number): Gap[] {
  const out: Gap[] = [];
  tokens.forEach((t, index) => {
    if (!t.content || linked.has(index)) return;
    if (!/\p{N}/u.test(t.text) && t.text.length < MIN_LETTERS) return;
    out.push({ index, at: (t.start + t.end) / 2 / Math.max(length, 1) });
  });
  return out;
}

/**
 * Removes pairs of source and target gaps at about the same place: a word the dictionary
 * does not know how to translate there is a paraphrase (or a mistranslation, which is
 * another check's business), not something left out or made up.
 */
function dropParaphrases(source: Gap[], target: Gap[]): [Gap[], Gap[]] {
  const candidates: [number, Gap, Gap][] = [];
  for (const s of source) for (const t of target) {
    const d = Math.abs(s.at - t.at);
    if (d <= PARAPHRASE_DISTANCE) candidates.push([d, s, t]);
  }
  candidates.sort((a, b) => a[0] - b[0]);
  const used = new Set<Gap>();
  for (const [, s, t] of candidates) {
    if (used.has(s) || used.has(t)) continue;
    used.add(s);
    used.add(t);
  }
  return [source.filter((g) => !used.has(g)), target.filter((g) => !used.has(g))];
}

/** Groups gaps into runs of neighbouring words: only function words or punctuation may lie between. */
function runs(tokens: Token[], gapList: Gap[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  for (const { index } of gapList) {
    const last = current[current.length - 1];
    const adjacent = last !== undefined && tokens.slice(last + 1, index).every((t) => !t.content);
    if (last !== undefined && !adjacent) {
      result.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) result.push(current);
  return result;
}

function quote(text: string): string {
  return `“${text}”`;
}

/** One finding per side: every run of uncovered words gets a span, the message names them all. */
function finding(kind: 'omission' | 'addition', text: string, tokens: Token[], wordRuns: number[][], gloss: string | undefined): Finding {
  const spans: Span[] = wordRuns.map((run) => ({
    start: tokens[run[0] ?? 0]?.start ?? 0,
    end: tokens[run[run.length - 1] ?? 0]?.end ?? 0,
  }));
  const words = wordRuns.reduce((n, run) => n + run.length, 0);
  const severity: Severity = words >= 2 ? 'major' : 'minor';
  const quoted = spans.map((s) => quote(text.slice(s.start, s.end)));
  const named = (gloss ? [`${quoted[0] ?? ''} (${gloss})`] : quoted).join(', ');
  const many = spans.length > 1;
  return kind === 'omission'
    ? {
        check: CHECK,
        category: 'accuracy/omission',
        severity,
        side: 'source',
        sourceSpans: spans,
        targetSpans: [],
        message: `${named} ${many ? 'have' : 'has'} no counterpart in the translation.`,
      }
    : {
        check: CHECK,
        category: 'accuracy/addition',
        severity,
        side: 'target',
        sourceSpans: [],
        targetSpans: spans,
        message: `${named} in the translation ${many ? 'have' : 'has'} no counterpart in the source.`,
      };
}

export const coverageCheck: SegmentCheck = (segment, ctx) => {
  if (segment.target.trim() === '' || segment.source.trim() === '') return [];
  const { sourceTokens, targetTokens, links } = alignWords(segment.source, segment.target, ctx.sourceLang, ctx.targetLang);
  const linkedSource = new Set(links.map(([s]) => s));
  const linkedTarget = new Set(links.map(([, t]) => t));
  const [omitted, added] = dropParaphrases(
    gaps(sourceTokens, linkedSource, segment.source.length),
    gaps(targetTokens, linkedTarget, segment.target.length),
  );
  const findings: Finding[] = [];
  const omittedRuns = runs(sourceTokens, omitted);
  if (omittedRuns.length > 0) {
    // A single missing word gets its dictionary meaning so the reviewer sees what is lost.
    const only = omitted.length === 1 ? sourceTokens[omitted[0]?.index ?? 0] : undefined;
    const gloss = only ? lookup(only.text, ctx.sourceLang)[0] : undefined;
    findings.push(finding('omission', segment.source, sourceTokens, omittedRuns, gloss));
  }
  const addedRuns = runs(targetTokens, added);
  if (addedRuns.length > 0) findings.push(finding('addition', segment.target, targetTokens, addedRuns, undefined));
  return findings;
};
