/** Recurring corrections: the same machine wording replaced the same way across segments, as glossary proposals. */
import { wordDiff } from '../diff';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import { alignWords, type Alignment } from '../lexicon';
import type { SegmentHistory } from './history';

export interface CorrectionProposal {
  /** The source word(s) the machine wording translates, from the word alignment; null when none is linked. */
  source: string | null;
  /** The machine's rendering. */
  from: string;
  /** What the translators put instead. */
  to: string;
  /** Segments in which the change was made. */
  count: number;
  segmentIds: number[];
}

export interface MineOptions {
  sourceLang: SourceLang | TargetLang;
  targetLang: SourceLang | TargetLang;
  /** Fewest segments a change needs to be proposed. */
  minCount?: number;
}

interface Occurrence {
  history: SegmentHistory;
  from: string;
  to: string;
  /** Range of `from` in the machine text. */
  start: number;
  end: number;
}

const MAX_WORDS = 3;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const WORD = /[\p{L}\p{N}]/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((chunk) => WORD.test(chunk)).length;
}

// The grouping key: "Action" at the start of a sentence is the same correction as "action".
const caseless = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Case, spacing and punctuation dropped: two wordings equal here differ only in those. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The wording with the edge punctuation and spaces cut off, and where it starts in `text`. */
function trimmed(text: string): { text: string; offset: number } {
  const core = text.replace(EDGE, '');
  return { text: core, offset: core ? text.indexOf(core) : 0 };
}

/** Word-level substitutions of 1–3 words in one segment (a deletion right before an insertion). */
function substitutions(history: SegmentHistory): Occurrence[] {
  const { machine, final } = history;
  if (machine === null || machine === final) return [];
  const parts = wordDiff(machine, final);
  const found: Occurrence[] = [];
  let offset = 0;
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (part.kind === 'delete' && next?.kind === 'insert') {
      const from = trimmed(part.text);
      const to = trimmed(next.text).text;
      const fromWords = wordCount(from.text);
      const toWords = wordCount(to);
      const sized = fromWords >= 1 && fromWords <= MAX_WORDS && toWords >= 1 && toWords <= MAX_WORDS;
      if (sized && bare(from.text) !== bare(to)) {
        const start = offset + from.offset;
        found.push({ history, from: from.text, to, start, end: start + from.text.length });
      }
    }
    if (part.kind !== 'insert') offset += part.text.length;
  });
  return found;
}

/** The most frequent value, the first seen on a tie. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** The source tokens aligned to the machine tokens in [start, end), in source order. */
function sourceOf(alignment: Alignment, start: number, end: number): string | undefined {
  const targets = new Set<number>();
  alignment.targetTokens.forEach((t, j) => {
    if (t.start < end && t.end > start) targets.add(j);
  });
  const sources = [...new Set(alignment.links.filter(([, j]) => targets.has(j)).map(([i]) => i))].sort((a, b) => a - b);
  const words = sources.map((i) => alignment.sourceTokens[i]?.text).filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * Finds machine wordings that translators replaced the same way (case-insensitively) in at least
 * `minCount` segments, most frequent first, with the source words they translate, so the UI can
 * offer "„Maßnahme“: 'action' was changed to 'measure' 9 times — add to the glossary?".
 * Changes of case, spacing or punctuation only are ignored; a change counts once per segment.
 */
export function mineCorrections(histories: readonly SegmentHistory[], options: MineOptions): CorrectionProposal[] {
  const minCount = options.minCount ?? 3;
  const sourceLang = baseLang(options.sourceLang);
  const targetLang = baseLang(options.targetLang);
  const groups = new Map<string, Occurrence[]>();
  for (const history of histories) {
    for (const occurrence of substitutions(history)) {
      const key = `${caseless(occurrence.from)}\n${caseless(occurrence.to)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(occurrence);
    }
  }
  // Aligning is the costly part, so only segments of groups that qualify are aligned, each once.
  const alignments = new Map<SegmentHistory, Alignment>();
  const align = (h: SegmentHistory) => {
    let a = alignments.get(h);
    if (!a) alignments.set(h, (a = alignWords(h.source, h.machine ?? '', sourceLang, targetLang)));
    return a;
  };
  const proposals: CorrectionProposal[] = [];
  for (const occurrences of groups.values()) {
    const segmentIds = [...new Set(occurrences.map((o) => o.history.segmentId))].sort((a, b) => a - b);
    if (segmentIds.length < minCount) continue;
    const sources = occurrences
      .map((o) => sourceOf(align(o.history), o.start, o.end))
      .filter((s): s is string => s !== undefined);
    proposals.push({
      source: mostFrequent(sources) ?? null,
      from: mostFrequent(occurrences.map((o) => o.from)) ?? '',
      to: mostFrequent(occurrences.map((o) => o.to)) ?? '',
      count: segmentIds.length,
      segmentIds,
    });
  }
  return proposals.sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
