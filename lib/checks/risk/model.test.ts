import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { findingFeatures } from './features';
import { combineRisk, RISK_WEIGHTS, riskWeightsSchema, scoreFindings, segmentRisk } from './model';

const segment = { source: 'Der Umsatz stieg um 5 Prozent.', target: 'Revenue rose by 6 percent.', sourceLang: 'de' as const, targetLang: 'en' as const };
const finding = (over: Partial<Finding> = {}): Finding => ({
  check: 'numbers',
  category: 'accuracy/mistranslation',
  severity: 'critical',
  side: 'both',
  sourceSpans: [{ start: 20, end: 21 }],
  targetSpans: [{ start: 16, end: 17 }],
  message: '5 became 6',
  ...over,
});

describe('the shipped weights', () => {
  it('pass their schema, which refuses a broken file', () => {
    expect(riskWeightsSchema.safeParse(RISK_WEIGHTS).success).toBe(true);
    expect(riskWeightsSchema.safeParse({ ...RISK_WEIGHTS, bias: 'high' }).success).toBe(false);
    expect(riskWeightsSchema.safeParse({ ...RISK_WEIGHTS, lengthNormalisation: { alpha: -1, referenceLength: 100 } }).success).toBe(false);
  });
});

describe('scoreFindings', () => {
  it('keeps each finding and adds a probability in [0, 1], the same on every call', () => {
    const findings = [finding(), finding({ check: 'spelling', category: 'fluency/spelling', severity: 'minor', side: 'target', sourceSpans: [] })];
    const scored = scoreFindings(findings, segment);
    expect(scored).toHaveLength(2);
    scored.forEach((s, i) => {
      expect(s).toMatchObject(findings[i]!);
      expect(s.probability).toBeGreaterThanOrEqual(0);
      expect(s.probability).toBeLessThanOrEqual(1);
    });
    expect(scoreFindings(findings, segment)).toEqual(scored);
  });

  it('reads the weights of the finding’s own features', () => {
    const features = findingFeatures(finding(), [finding()], segment);
    const up = { bias: 0, weights: { 'check=numbers': 3 } };
    const down = { bias: 0, weights: { 'check=numbers': -3 } };
    expect(features['check=numbers']).toBe(1);
    expect(scoreFindings([finding()], segment, up)[0]!.probability).toBeGreaterThan(0.9);
    expect(scoreFindings([finding()], segment, down)[0]!.probability).toBeLessThan(0.1);
  });
});

describe('combineRisk', () => {
  const plain = { alpha: 0, referenceLength: 100 };
  it('is 0 without findings and 1 − Π(1 − p) without length normalisation', () => {
    expect(combineRisk([], 100, plain)).toBe(0);
    expect(combineRisk([0.5, 0.5], 40, plain)).toBeCloseTo(0.75, 12);
    expect(combineRisk([0.9], 300, plain)).toBeCloseTo(0.9, 12);
  });

  it('grows with each finding and stays in [0, 1]', () => {
    expect(combineRisk([0.3, 0.2], 100, plain)).toBeGreaterThan(combineRisk([0.3], 100, plain));
    expect(combineRisk([1, 1], 100, plain)).toBeLessThanOrEqual(1);
  });

  it('with alpha > 0, counts the same findings for less in a segment longer than the reference, never more in a shorter one', () => {
    const norm = { alpha: 0.5, referenceLength: 100 };
    expect(combineRisk([0.6], 400, norm)).toBeLessThan(combineRisk([0.6], 200, norm));
    expect(combineRisk([0.6], 200, norm)).toBeLessThan(0.6);
    expect(combineRisk([0.6], 100, norm)).toBeCloseTo(0.6, 12);
    expect(combineRisk([0.6], 30, norm)).toBeCloseTo(0.6, 12);
  });

  it('segmentRisk uses the segment’s length, and its prior when the weights have one', () => {
    expect(segmentRisk([{ probability: 0.4 }], segment)).toBeCloseTo(combineRisk([0.4], (segment.source.length + segment.target.length) / 2), 12);
    const withPrior = { ...RISK_WEIGHTS, lengthNormalisation: plain, segmentPrior: { bias: 0, weights: {} } };
    expect(segmentRisk([], segment, withPrior)).toBeCloseTo(0.5, 12);
    expect(segmentRisk([{ probability: 0.5 }], segment, withPrior)).toBeCloseTo(0.75, 12);
    expect(segmentRisk([], segment, { ...withPrior, segmentPrior: null })).toBe(0);
  });
});
