import { describe, expect, it } from 'vitest';
import { estimateModel, GALE_CHURCH_VARIANCE, lengthCost, lengthZ, priorRatio } from './length';

describe('lengthCost', () => {
  it('is −ln of the two-tailed normal probability', () => {
    expect(lengthCost(0)).toBeCloseTo(0, 5);
    expect(lengthCost(1.96)).toBeCloseTo(-Math.log(0.05), 3);
    expect(lengthCost(-1.96)).toBeCloseTo(-Math.log(0.05), 3);
    expect(lengthCost(3)).toBeCloseTo(-Math.log(0.0027), 2);
  });

  it('stays finite and growing far into the tail', () => {
    expect(Number.isFinite(lengthCost(40))).toBe(true);
    expect(lengthCost(40)).toBeGreaterThan(lengthCost(20));
    expect(lengthCost(20)).toBeGreaterThan(200);
  });
});

describe('lengthZ', () => {
  it('is zero at the expected ratio and signed by which side is longer', () => {
    const model = { ratio: 1.2, variance: GALE_CHURCH_VARIANCE };
    expect(lengthZ(100, 120, model)).toBeCloseTo(0);
    expect(lengthZ(100, 60, model)).toBeGreaterThan(2);
    expect(lengthZ(100, 200, model)).toBeLessThan(-2);
    expect(lengthZ(0, 0, model)).toBe(0);
  });
});

describe('priorRatio', () => {
  it('expects German to be the longer side', () => {
    expect(priorRatio('en', 'de')).toBeGreaterThan(1);
    expect(priorRatio('de', 'en')).toBeCloseTo(1 / priorRatio('en', 'de'));
    expect(priorRatio('de', 'de')).toBe(1);
  });
});

describe('estimateModel', () => {
  it('follows the document once there is enough text, and the prior when there is little', () => {
    expect(estimateModel([{ source: 10_000, target: 8_000 }], 1.15).ratio).toBeCloseTo((8_000 + 300 * 1.15) / 10_300, 5);
    expect(estimateModel([{ source: 20, target: 40 }], 0.87).ratio).toBeCloseTo((40 + 300 * 0.87) / 320, 5);
    expect(estimateModel([], 0.87).ratio).toBeCloseTo(0.87);
  });

  it('takes the ratio most of the text has, not one that a mostly untranslated paragraph drags down', () => {
    const pairs = [{ source: 400, target: 360 }, { source: 500, target: 450 }, { source: 450, target: 400 }, { source: 600, target: 60 }];
    expect(estimateModel(pairs, 0.9).ratio).toBeGreaterThan(0.85);
  });

  it('clamps a ratio that only a wrong paste could produce', () => {
    expect(estimateModel([{ source: 10_000, target: 100 }], 1).ratio).toBe(0.5);
  });

  it('widens the variance for a free translation, robustly, and never below Gale–Church', () => {
    const literal = [100, 200, 150, 300, 250].map((n) => ({ source: n, target: n }));
    expect(estimateModel(literal, 1).variance).toBe(GALE_CHURCH_VARIANCE);
    const spread = [0.8, 1.15, 0.9, 1.2, 1, 0.85, 1.1];
    const free = [100, 200, 150, 300, 250, 120, 180].map((n, k) => ({ source: n, target: Math.round(n * spread[k]!) }));
    expect(estimateModel(free, 1).variance).toBeGreaterThan(GALE_CHURCH_VARIANCE);
    // One wild pair (a paragraph mostly left out) barely moves the median-based estimate.
    const withOutlier = [...free, { source: 300, target: 30 }];
    const squaredMean = withOutlier.reduce((sum, p) => sum + lengthZ(p.source, p.target, { ratio: estimateModel(withOutlier, 1).ratio, variance: 1 }) ** 2, 0) / withOutlier.length;
    expect(estimateModel(withOutlier, 1).variance).toBeLessThan(1.5 * estimateModel(free, 1).variance);
    expect(estimateModel(withOutlier, 1).variance).toBeLessThan(squaredMean / 2);
    expect(estimateModel(literal.slice(0, 3), 1).variance).toBe(GALE_CHURCH_VARIANCE);
  });
});
