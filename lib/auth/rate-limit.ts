/** Attempt counters in the database (auth_rate_limit), so that every app server counts the same attempts. */
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authRateLimit } from '../db/schema';

export interface Rule {
  /** Seconds. */
  window: number;
  max: number;
}

/** Better Auth's storage contract: one atomic step that counts the attempt and says whether it is allowed. */
export interface Limiter {
  consume(key: string, rule: Rule): Promise<{ allowed: boolean; retryAfter: number | null }>;
}

// Far longer than any window: rows this old are finished and can go.
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/**
 * A fixed window per key, begun by its first attempt. One INSERT … ON CONFLICT counts the attempt and
 * reads the result, so concurrent attempts (on any server) cannot all slip past one stale read.
 */
export function dbLimiter(db: Db): Limiter {
  return {
    async consume(key, rule) {
      const now = sql`(extract(epoch from statement_timestamp()) * 1000)::bigint`;
      const expired = sql`${authRateLimit.windowStart} <= ${now} - ${rule.window * 1000}`;
      const [row] = await db
        .insert(authRateLimit)
        .values({ key, count: 1, windowStart: now })
        .onConflictDoUpdate({
          target: authRateLimit.key,
          set: {
            // Capped one past the limit: refused attempts keep the window closed without counting up for ever.
            count: sql`case when ${expired} then 1 else least(${authRateLimit.count} + 1, ${rule.max + 1}) end`,
            windowStart: sql`case when ${expired} then ${now} else ${authRateLimit.windowStart} end`,
          },
        })
        .returning({ count: authRateLimit.count, windowStart: authRateLimit.windowStart, now: sql<string>`${now}` });
      if (!row) throw new Error('The rate limit row was not written.');
      if (row.count === 1) await db.delete(authRateLimit).where(lt(authRateLimit.windowStart, Number(row.now) - PRUNE_AFTER_MS));
      if (row.count <= rule.max) return { allowed: true, retryAfter: null };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((row.windowStart + rule.window * 1000 - Number(row.now)) / 1000)) };
    },
  };
}
