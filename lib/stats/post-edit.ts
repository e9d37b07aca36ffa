/** Post-editing statistics per document and per translator: how much of the machine output people changed, and how fast. */
import { charEditDistance, wordEditDistance } from '../diff';
import { isHumanEdit, type SegmentHistory } from './history';
import { workingTimeMs, type TimingOptions } from './sessions';

export interface PostEditStats {
  /** Document: all segments. Translator: the segments they edited. */
  segments: number;
  /**
   * Segments with a text to measure edits against: the machine output (document), or the text
   * before the translator's first edit (translator). Segments without one are left out of the
   * edit figures below, since a translation from scratch is no post-edit.
   */
  measured: number;
  /** Measured segments whose text changed (final ≠ machine). */
  edited: number;
  /** Share of measured segments left as they were; null when none was measured. */
  unchangedShare: number | null;
  charEditDistance: number;
  /** Character edits per character of the final texts. */
  charEditRate: number | null;
  /** Token edits (words and punctuation marks), like TER without shifts. */
  wordEditDistance: number;
  /** HTER-like: token edits per token of the final texts. */
  wordEditRate: number | null;
  averageCharEditDistance: number | null;
  averageWordEditDistance: number | null;
  /** Segments with at least one edit or revert by a person. */
  workedSegments: number;
  /** Estimated from revision timestamps, per person (see workingTimeMs); two people at once count twice. */
  workingMinutes: number;
  /** workedSegments per working hour; null without working time. */
  segmentsPerHour: number | null;
  findingsFixed: number;
}

export interface TranslatorStats {
  author: string;
  stats: PostEditStats;
}

interface Comparison {
  before: string | null;
  after: string;
}

/** Same convention as lib/diff's rates: an empty reference gives 0 without edits and 1 with. */
function rate(distance: number, length: number): number {
  if (length === 0) return distance === 0 ? 0 : 1;
  return distance / length;
}

/**
 * Totals over the segments divided by total length (corpus-level, as TER is reported), not a mean
 * of per-segment rates, in which a one-word heading would weigh as much as a long sentence.
 */
function summarise(
  comparisons: readonly Comparison[],
  segments: number,
  workedSegments: number,
  workingMs: number,
  findingsFixed: number,
): PostEditStats {
  let measured = 0;
  let edited = 0;
  let chars = 0;
  let charLength = 0;
  let words = 0;
  let wordLength = 0;
  for (const { before, after } of comparisons) {
    if (before === null) continue;
    measured++;
    if (before !== after) edited++;
    chars += charEditDistance(before, after);
    words += wordEditDistance(before, after);
    // The distance from an empty text is the length, counted the way the distances count.
    charLength += charEditDistance('', after);
    wordLength += wordEditDistance('', after);
  }
  const hours = workingMs / 3_600_000;
  return {
    segments,
    measured,
    edited,
    unchangedShare: measured === 0 ? null : (measured - edited) / measured,
    charEditDistance: chars,
    charEditRate: measured === 0 ? null : rate(chars, charLength),
    wordEditDistance: words,
    wordEditRate: measured === 0 ? null : rate(words, wordLength),
    averageCharEditDistance: measured === 0 ? null : chars / measured,
    averageWordEditDistance: measured === 0 ? null : words / measured,
    workedSegments,
    workingMinutes: workingMs / 60_000,
    segmentsPerHour: hours === 0 ? null : workedSegments / hours,
    findingsFixed,
  };
}

function saveTimesByAuthor(histories: readonly SegmentHistory[]): Map<string, string[]> {
  const times = new Map<string, string[]>();
  for (const history of histories) {
    for (const revision of history.revisions) {
      if (!isHumanEdit(revision)) continue;
      let list = times.get(revision.author);
      if (!list) times.set(revision.author, (list = []));
      list.push(revision.createdAt);
    }
  }
  return times;
}

/** Machine output against final text over a document's segments. */
export function documentStats(histories: readonly SegmentHistory[], timing: TimingOptions = {}): PostEditStats {
  let workingMs = 0;
  for (const times of saveTimesByAuthor(histories).values()) workingMs += workingTimeMs(times, timing);
  return summarise(
    histories.map((h) => ({ before: h.machine, after: h.final })),
    histories.length,
    histories.filter((h) => h.revisions.some(isHumanEdit)).length,
    workingMs,
    histories.reduce((sum, h) => sum + (h.findingsFixed ?? 0), 0),
  );
}

interface TranslatorWork {
  comparisons: Comparison[];
  findingsFixed: number;
}

/**
 * One row per author of edits or reverts, sorted by name. On each segment an author is measured
 * from the text before their first edit (the previous revision, else the machine output) to the
 * text of their last edit, so a reviewer who touches up a translation is measured by the touch-up.
 * A segment's fixed findings go to whoever made its last edit, the author of the final text.
 */
export function translatorStats(histories: readonly SegmentHistory[], timing: TimingOptions = {}): TranslatorStats[] {
  const work = new Map<string, TranslatorWork>();
  for (const history of histories) {
    const spans = new Map<string, { first: number; last: number }>();
    history.revisions.forEach((revision, i) => {
      if (!isHumanEdit(revision)) return;
      const span = spans.get(revision.author);
      if (span) span.last = i;
      else spans.set(revision.author, { first: i, last: i });
    });
    let lastEditor: string | undefined;
    let lastIndex = -1;
    for (const [author, { first, last }] of spans) {
      let entry = work.get(author);
      if (!entry) work.set(author, (entry = { comparisons: [], findingsFixed: 0 }));
      const before = first > 0 ? (history.revisions[first - 1]?.text ?? null) : history.machine;
      entry.comparisons.push({ before, after: history.revisions[last]?.text ?? history.final });
      if (last > lastIndex) [lastEditor, lastIndex] = [author, last];
    }
    const credited = lastEditor === undefined ? undefined : work.get(lastEditor);
    if (credited) credited.findingsFixed += history.findingsFixed ?? 0;
  }
  const times = saveTimesByAuthor(histories);
  return [...work]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([author, { comparisons, findingsFixed }]) => ({
      author,
      stats: summarise(
        comparisons,
        comparisons.length,
        comparisons.length,
        workingTimeMs(times.get(author) ?? [], timing),
        findingsFixed,
      ),
    }));
}
