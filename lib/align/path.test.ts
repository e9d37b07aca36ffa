import { describe, expect, it } from 'vitest';
import { cheapestPath, type Bead, type BeadCost } from './path';

const ONE_TO_ONE_AND_GAPS: Bead[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
];

/** Matching equal values costs nothing, unequal ones a lot; leaving an item out costs 5. */
function costFor(src: number[], tgt: number[]): BeadCost {
  return (i0, i1, j0, j1) => (i1 - i0 === 1 && j1 - j0 === 1 ? (src[i0] === tgt[j0] ? 0 : 20) : 5);
}

describe('cheapestPath', () => {
  it('covers both sequences with beads in order', () => {
    const src = [1, 2, 3, 4];
    const tgt = [1, 3, 4, 9];
    const steps = cheapestPath(src.length, tgt.length, ONE_TO_ONE_AND_GAPS, costFor(src, tgt));
    expect(steps.map((s) => [s.sourceEnd - s.sourceStart, s.targetEnd - s.targetStart])).toEqual([[1, 1], [1, 0], [1, 1], [1, 1], [0, 1]]);
  });

  it('widens its band when the best path runs far off the diagonal', () => {
    // Same counts, but the translation lacks the first 40 items and has 40 unknown ones at the end.
    const src = Array.from({ length: 200 }, (_, k) => k);
    const tgt = [...src.slice(40), ...Array.from({ length: 40 }, (_, k) => 1000 + k)];
    const steps = cheapestPath(src.length, tgt.length, ONE_TO_ONE_AND_GAPS, costFor(src, tgt));
    const matched = steps.filter((s) => s.sourceEnd > s.sourceStart && s.targetEnd > s.targetStart);
    expect(matched).toHaveLength(160);
    expect(matched.every((s) => src[s.sourceStart] === tgt[s.targetStart])).toBe(true);
  });

  it('handles empty sides', () => {
    expect(cheapestPath(0, 0, ONE_TO_ONE_AND_GAPS, () => 0)).toEqual([]);
    expect(cheapestPath(0, 2, ONE_TO_ONE_AND_GAPS, () => 1)).toEqual([
      { sourceStart: 0, sourceEnd: 0, targetStart: 0, targetEnd: 1 },
      { sourceStart: 0, sourceEnd: 0, targetStart: 1, targetEnd: 2 },
    ]);
  });
});
