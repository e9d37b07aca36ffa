import { describe, expect, it } from 'vitest';
import { DEFAULT_LQA_SETTINGS, lqaSettingsSchema } from './settings';

describe('lqaSettingsSchema', () => {
  it('fills every missing field with the defaults', () => {
    expect(lqaSettingsSchema.parse({})).toEqual(DEFAULT_LQA_SETTINGS);
    expect(lqaSettingsSchema.parse({ severityWeights: { critical: 10 } })).toEqual({
      ...DEFAULT_LQA_SETTINGS,
      severityWeights: { neutral: 0, minor: 1, major: 5, critical: 10 },
    });
  });

  it('keeps valid category weights and a custom threshold', () => {
    const parsed = lqaSettingsSchema.parse({ categoryWeights: { terminology: 2 }, passThreshold: 10 });
    expect(parsed.categoryWeights).toEqual({ terminology: 2 });
    expect(parsed.passThreshold).toBe(10);
  });

  it('refuses negative weights, unknown categories and non-numbers with a message', () => {
    const negative = lqaSettingsSchema.safeParse({ severityWeights: { major: -1 } });
    expect(negative.success).toBe(false);
    expect(negative.error?.issues[0]?.message).toBe('The major weight cannot be negative.');
    expect(lqaSettingsSchema.safeParse({ categoryWeights: { style: 1 } }).success).toBe(false);
    expect(lqaSettingsSchema.safeParse({ passThreshold: '15' }).success).toBe(false);
  });
});
