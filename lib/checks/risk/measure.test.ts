import { describe, expect, it } from 'vitest';
import { brierScore, reliabilityBins, shareInTop } from './measure';

describe('shareInTop', () => {
  const seg = (score: number, positive: boolean) => ({ score, positive });

  it('counts the positives among the top fifth', () => {
    // 10 segments, top 2: one of the two positives is there.
    const scores = [seg(9, true), seg(8, false), seg(7, false), seg(6, true), ...Array.from({ length: 6 }, (_, i) => seg(5 - i, false))];
    expect(shareInTop(scores)).toBe(0.5);
  });

  it('credits ties at the cut by their expected share, not by their order', () => {
    // All tied: a random order puts 20 % of the positives in the top 20 %.
    const tied = Array.from({ length: 10 }, (_, i) => seg(0, i < 5));
    expect(shareInTop(tied)).toBeCloseTo(0.2, 12);
    expect(shareInTop([...tied].reverse())).toBeCloseTo(0.2, 12);
  });

  it('is NaN without positives', () => {
    expect(shareInTop([seg(1, false)])).toBeNaN();
  });
});

describe('calibration figures', () => {
  it('bins by predicted probability and compares with the observed rate', () => {
    const outcomes = [
      { p: 0.1, y: 0 as const },
      { p: 0.2, y: 0 as const },
      { p: 0.8, y: 1 as const },
      { p: 0.9, y: 0 as const },
    ];
    expect(reliabilityBins(outcomes, 2)).toEqual([
      { n: 2, predicted: expect.closeTo(0.15, 12), observed: 0 },
      { n: 2, predicted: expect.closeTo(0.85, 12), observed: 0.5 },
    ]);
    expect(brierScore(outcomes)).toBeCloseTo((0.01 + 0.04 + 0.04 + 0.81) / 4, 12);
  });
});
