/** Edit distances between two versions of a segment, for post-editing statistics. */

/** Levenshtein distance over any token sequence, keeping two rows instead of the full matrix. */
function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, substitution);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Code points rather than UTF-16 units, so an emoji or a rare letter counts as one edit. */
function chars(text: string): string[] {
  return Array.from(text.normalize('NFC'));
}

/** Words and punctuation marks as separate tokens, so a changed comma is one edit, not a changed word. */
export function wordTokens(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/** Character-level Levenshtein distance (insertions, deletions, substitutions). */
export function charEditDistance(a: string, b: string): number {
  return levenshtein(chars(a), chars(b));
}

/** Token-level edit distance, like TER without block shifts. */
export function wordEditDistance(a: string, b: string): number {
  return levenshtein(wordTokens(a), wordTokens(b));
}

/**
 * Character edits per character of the reference (e.g. machine output against the post-edited
 * text). An empty reference gives 0 for an empty hypothesis and 1 otherwise, not Infinity.
 */
export function charEditRate(hypothesis: string, reference: string): number {
  return rate(charEditDistance(hypothesis, reference), chars(reference).length);
}

/** Token edits per reference token: TER without shifts (HTER when the reference is the post-edit). */
export function wordEditRate(hypothesis: string, reference: string): number {
  return rate(wordEditDistance(hypothesis, reference), wordTokens(reference).length);
}

function rate(distance: number, referenceLength: number): number {
  if (referenceLength === 0) return distance === 0 ? 0 : 1;
  return distance / referenceLength;
}
