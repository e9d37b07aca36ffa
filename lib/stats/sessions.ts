/** Working time estimated from the moments a person saved a revision. */

export interface TimingOptions {
  /** A pause longer than this ends a working session. */
  sessionGapMs?: number;
  /** Time credited for the work before a session's first save, which no timestamp shows. */
  firstEditMs?: number;
}

export const SESSION_GAP_MS = 10 * 60_000;
// About what one sentence takes to post-edit at a common pace of ~1,000 words an hour.
export const FIRST_EDIT_MS = 60_000;

/**
 * Splits one person's save times into sessions at gaps longer than `sessionGapMs` and adds up
 * (last − first + firstEditMs) per session. A save marks the end of work on a segment, so the
 * time between saves is the work on the later one; only the first segment of a session has no
 * earlier save and gets the fixed allowance. Unparseable timestamps are skipped.
 */
export function workingTimeMs(timestamps: readonly string[], options: TimingOptions = {}): number {
  const gap = options.sessionGapMs ?? SESSION_GAP_MS;
  const lead = options.firstEditMs ?? FIRST_EDIT_MS;
  const times = timestamps.map((t) => Date.parse(t)).filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  const first = times[0];
  if (first === undefined) return 0;
  let total = 0;
  let start = first;
  let last = first;
  for (const t of times.slice(1)) {
    if (t - last > gap) {
      total += last - start + lead;
      start = t;
    }
    last = t;
  }
  return total + (last - start) + lead;
}
