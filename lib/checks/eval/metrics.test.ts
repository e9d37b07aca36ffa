import { describe, expect, it } from 'vitest';
import type { Category, Finding, Span } from '../types';
import type { GoldError } from './dataset';
import { characterScores, findingHits, missedErrors, overlap, prf, segmentScores, tallyByCheck, union, type ScoredSegment } from './metrics';

const gold = (category: GoldError['category'], start: number, end: number, side: GoldError['side'] = 'target'): GoldError => ({
  side, start, end, category, severity: 'major',
});
const found = (check: string, category: Category, target: Span[], source: Span[] = []): Finding => ({
  check, category, severity: 'major', side: 'target', sourceSpans: source, targetSpans: target, message: '',
});

// Worked by hand: see the expectations below for the arithmetic.
const A: ScoredSegment = {
  gold: [gold('accuracy/mistranslation', 2, 6), gold('fluency/spelling', 8, 10), gold('accuracy/omission', 0, 3, 'source')],
  findings: [
    found('x', 'accuracy/mistranslation', [{ start: 4, end: 8 }]),
    found('y', 'fluency/spelling', [{ start: 8, end: 9 }]),
    found('x', 'accuracy/addition', [{ start: 0, end: 2 }]),
  ],
};
const B: ScoredSegment = { gold: [], findings: [found('x', 'accuracy/mistranslation', [{ start: 0, end: 5 }])] };
const C: ScoredSegment = { gold: [gold('accuracy/mistranslation', 0, 4)], findings: [] };
const D: ScoredSegment = { gold: [gold('other', 0, 3)], findings: [] };
const SET = [A, B, C, D];

describe('span arithmetic', () => {
  it('merges overlapping and touching spans and drops empty ones', () => {
    expect(union([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 7, end: 10 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });
  it('counts shared characters', () => {
    expect(overlap(union([{ start: 0, end: 2 }, { start: 4, end: 9 }]), union([{ start: 2, end: 6 }, { start: 8, end: 10 }]))).toBe(3);
  });
  it('leaves precision and recall undefined, not zero, when there is nothing to divide', () => {
    expect(prf(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: null });
    expect(prf(0, 2, 0)).toEqual({ tp: 0, fp: 2, fn: 0, precision: 0, recall: null, f1: null });
  });
});

describe('characterScores', () => {
  const s = characterScores(SET);
  it('scores a category by shared characters: 2 of 9 predicted, 2 of 8 gold', () => {
    expect(s['accuracy/mistranslation']).toMatchObject({ tp: 2, fp: 7, fn: 6 });
    expect(s['accuracy/mistranslation'].precision).toBeCloseTo(2 / 9);
    expect(s['accuracy/mistranslation'].recall).toBeCloseTo(0.25);
    expect(s['accuracy/mistranslation'].f1).toBeCloseTo(4 / 17);
  });
  it('scores the other categories', () => {
    expect(s['fluency/spelling']).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s['fluency/spelling'].f1).toBeCloseTo(2 / 3);
    expect(s['accuracy/omission']).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0 });
    expect(s['accuracy/addition']).toMatchObject({ tp: 0, fp: 2, fn: 0, precision: 0, recall: null });
  });
  it('ignores categories for "any" and leaves gold "other" out: 3 of 12 predicted, 3 of 13 gold', () => {
    expect(s.any).toMatchObject({ tp: 3, fp: 9, fn: 10, precision: 0.25 });
    expect(s.any.recall).toBeCloseTo(3 / 13);
  });
});

describe('segmentScores', () => {
  const s = segmentScores(SET);
  it('counts a segment as flagged or not against having errors or not, "other" included for any', () => {
    expect(s.any).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5 });
    expect(s.any.recall).toBeCloseTo(1 / 3);
  });
  it('scores per category', () => {
    expect(s['accuracy/mistranslation']).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s['accuracy/addition']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(s['accuracy/omission']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('findings against gold', () => {
  it('tallies findings per check', () => {
    const t = tallyByCheck(SET);
    expect(t.get('x')).toEqual({ findings: 3, hits: 1, hitsAny: 1, onCleanSegments: 1 });
    expect(t.get('y')).toEqual({ findings: 1, hits: 1, hitsAny: 1, onCleanSegments: 0 });
  });
  it('lets a span touch an empty gold span (a missing full stop) at its position', () => {
    const missingStop = [gold('fluency/punctuation', 10, 10)];
    expect(findingHits(found('p', 'fluency/punctuation', [{ start: 9, end: 10 }]), missingStop)).toEqual({ sameCategory: true, anyCategory: true });
    expect(findingHits(found('p', 'fluency/punctuation', [{ start: 0, end: 9 }]), missingStop).anyCategory).toBe(false);
  });
  it('lists gold errors no finding of their category touches', () => {
    expect(missedErrors(A).map((g) => g.category)).toEqual(['accuracy/omission']);
    expect(missedErrors(D)).toEqual([]);
  });
});
