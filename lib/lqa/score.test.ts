import { describe, expect, it } from 'vitest';
import type { Category } from '../checks';
import { lqaScore, type MarkedError } from './score';
import { DEFAULT_LQA_SETTINGS, type LqaSeverity } from './settings';

let nextId = 1;
function marked(category: Category, severity: LqaSeverity): MarkedError {
  return {
    id: nextId++,
    segmentId: 1,
    side: 'target',
    span: { start: 0, end: 4 },
    category,
    severity,
    author: 'rev',
    createdAt: '2024-05-01T10:00:00Z',
  };
}

describe('lqaScore', () => {
  it('sums severity weights and normalises per 1,000 source words', () => {
    // 1 minor + 5 major + 25 critical + 0 neutral = 31 points over 2,000 words = 15.5 per 1,000.
    const result = lqaScore({
      errors: [
        marked('fluency/spelling', 'minor'),
        marked('accuracy/mistranslation', 'major'),
        marked('accuracy/omission', 'critical'),
        marked('terminology', 'neutral'),
      ],
      wordCount: 2000,
    });
    expect(result.penalty).toBe(31);
    expect(result.perThousandWords).toBe(15.5);
    expect(result.qualityScore).toBeCloseTo(98.45, 10);
    expect(result.pass).toBe(false);
    expect(result.bySeverity).toEqual({
      neutral: { count: 1, penalty: 0 },
      minor: { count: 1, penalty: 1 },
      major: { count: 1, penalty: 5 },
      critical: { count: 1, penalty: 25 },
    });
    expect(result.byCategory['accuracy/omission']).toEqual({ count: 1, penalty: 25 });
    expect(result.byCategory['terminology']).toEqual({ count: 1, penalty: 0 });
    expect(result.byCategory['locale-convention']).toEqual({ count: 0, penalty: 0 });
  });

  it('passes exactly at the threshold', () => {
    const errors = [marked('fluency/grammar', 'major'), marked('fluency/grammar', 'major'), marked('fluency/grammar', 'major')];
    const result = lqaScore({ errors, wordCount: 1000 });
    expect(result.perThousandWords).toBe(15);
    expect(result.pass).toBe(true);
  });

  it('applies category weights, 1 for a category left out', () => {
    const settings = { ...DEFAULT_LQA_SETTINGS, categoryWeights: { terminology: 2, 'fluency/punctuation': 0.5 } };
    const result = lqaScore({
      errors: [marked('terminology', 'major'), marked('fluency/punctuation', 'minor'), marked('fluency/grammar', 'minor')],
      wordCount: 500,
      settings,
    });
    // 5×2 + 1×0.5 + 1×1 = 11.5 points over 500 words = 23 per 1,000.
    expect(result.penalty).toBe(11.5);
    expect(result.perThousandWords).toBe(23);
    expect(result.byCategory.terminology).toEqual({ count: 1, penalty: 10 });
  });

  it('scores a text without words as 0 per 1,000 and passing, keeping the tallies', () => {
    const result = lqaScore({ errors: [marked('accuracy/addition', 'critical')], wordCount: 0 });
    expect(result).toMatchObject({ penalty: 25, wordCount: 0, perThousandWords: 0, qualityScore: 100, pass: true });
    expect(result.bySeverity.critical.count).toBe(1);
  });

  it('scores no errors as 100', () => {
    expect(lqaScore({ errors: [], wordCount: 120 })).toMatchObject({ penalty: 0, perThousandWords: 0, qualityScore: 100, pass: true });
  });
});
