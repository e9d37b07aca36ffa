/** Pure edits for the "fix unsure pairs" step before import, and the hand-over of one target per source segment. */
import { joinText } from './text';
import type { AlignedPair, Alignment } from './types';

function pairAt(alignment: Alignment, index: number): AlignedPair {
  const pair = alignment.pairs[index];
  if (!pair) throw new RangeError(`No pair ${index}; the alignment has ${alignment.pairs.length}.`);
  return pair;
}

/** A pair the user has settled: it no longer needs a look. */
function settled(pair: Omit<AlignedPair, 'confidence' | 'unsure' | 'reason'>): AlignedPair {
  return { source: pair.source, sourceText: pair.sourceText, targetText: pair.targetText, confidence: 1, unsure: false };
}

function replacing(alignment: Alignment, start: number, count: number, ...pairs: AlignedPair[]): Alignment {
  const next = [...alignment.pairs];
  next.splice(start, count, ...pairs);
  return { ...alignment, pairs: next };
}

/**
 * Joins pair i+1 into pair i: its sources move over and the targets are joined with a space.
 * On import the joined target goes to pair i's first source and '' to the others (`toSegmentTargets`).
 * Also how translation text without a source is attached to a neighbour.
 */
export function mergeWithNext(alignment: Alignment, pairIndex: number): Alignment {
  const a = pairAt(alignment, pairIndex);
  const b = pairAt(alignment, pairIndex + 1);
  return replacing(
    alignment,
    pairIndex,
    2,
    settled({
      source: [...a.source, ...b.source],
      sourceText: joinText(a.sourceText, b.sourceText),
      targetText: joinText(a.targetText, b.targetText),
    }),
  );
}

/**
 * Splits pair i's target at character offset `at`. A pair with several sources (a merge) is itself
 * split: its first source keeps the text before `at`, the other sources become a new pair with the
 * text after, which undoes `mergeWithNext`. Otherwise the text after `at` moves to the start of the
 * next pair's target. Throws a RangeError for a last single-source pair or an offset outside the text.
 */
export function splitTarget(alignment: Alignment, pairIndex: number, at: number): Alignment {
  const pair = pairAt(alignment, pairIndex);
  if (!Number.isInteger(at) || at < 0 || at > pair.targetText.length) {
    throw new RangeError(`Offset ${at} is outside the target text (0–${pair.targetText.length}).`);
  }
  const before = pair.targetText.slice(0, at).trim();
  const after = pair.targetText.slice(at).trim();
  const [first, ...rest] = pair.source;
  if (first && rest.length > 0) {
    return replacing(
      alignment,
      pairIndex,
      1,
      settled({ source: [first], sourceText: first.text, targetText: before }),
      settled({ source: rest, sourceText: joinText(...rest.map((s) => s.text)), targetText: after }),
    );
  }
  const next = pairAt(alignment, pairIndex + 1);
  return replacing(
    alignment,
    pairIndex,
    2,
    settled({ ...pair, targetText: before }),
    settled({ ...next, targetText: joinText(after, next.targetText) }),
  );
}

/** Replaces pair i's target with the user's text, exactly as typed (it is bound to a text field). */
export function setTarget(alignment: Alignment, pairIndex: number, text: string): Alignment {
  const pair = pairAt(alignment, pairIndex);
  return replacing(alignment, pairIndex, 1, settled({ ...pair, targetText: text }));
}

/** The key `toSegmentTargets` uses for a source sentence: its block's index and its position in the block. */
export function segmentKey(block: number, sentence: number): string {
  return `${block}:${sentence}`;
}

/**
 * One target text per source sentence, keyed by `segmentKey(block, sentence)`, for the import.
 * A pair with several sources gives its whole target to the first and '' to the others, since the
 * translator rendered them as one; pairs without sources (translation text nobody claimed) are left out.
 */
export function toSegmentTargets(alignment: Alignment): Map<string, string> {
  const targets = new Map<string, string>();
  for (const pair of alignment.pairs) {
    pair.source.forEach((s, k) => targets.set(segmentKey(s.block, s.sentence), k === 0 ? pair.targetText.trim() : ''));
  }
  return targets;
}
