import { describe, expect, it } from 'vitest';
import { workingTimeMs } from './sessions';

const at = (hhmm: string) => `2024-05-01T${hhmm}:00Z`;
const MIN = 60_000;

describe('workingTimeMs', () => {
  it('splits sessions at gaps over 10 minutes and adds one minute per session', () => {
    // Gaps 5, 9, 16, 1 minutes: sessions 10:00–10:14 (14 + 1) and 10:30–10:31 (1 + 1).
    const times = [at('10:00'), at('10:05'), at('10:14'), at('10:30'), at('10:31')];
    expect(workingTimeMs(times)).toBe(17 * MIN);
  });

  it('does not split at a gap of exactly 10 minutes', () => {
    expect(workingTimeMs([at('10:00'), at('10:10')])).toBe(11 * MIN);
  });

  it('sorts the times and skips unparseable ones', () => {
    expect(workingTimeMs([at('10:04'), 'not a date', at('10:00')])).toBe(5 * MIN);
  });

  it('gives 0 without times and the allowance for a single save', () => {
    expect(workingTimeMs([])).toBe(0);
    expect(workingTimeMs([at('10:00')])).toBe(MIN);
  });

  it('takes another gap and allowance', () => {
    const times = [at('10:00'), at('10:04'), at('10:10')];
    expect(workingTimeMs(times, { sessionGapMs: 5 * MIN, firstEditMs: 0 })).toBe(4 * MIN);
  });
});
