/** The audit trail: every action on a document, appended; there is no update or delete. */
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { activity } from '../db/schema';

export interface ActivityInput {
  documentId?: number | null;
  segmentId?: number | null;
  actor: string;
  actorId?: string | null;
  action: string;
  details?: Record<string, unknown>;
}

/** Appends an entry in the transaction of the change it records, so the two commit or vanish together. */
export async function recordActivity(tx: Tx, entry: ActivityInput) {
  await tx.insert(activity).values({
    documentId: entry.documentId ?? null,
    segmentId: entry.segmentId ?? null,
    actor: entry.actor,
    actorId: entry.actorId ?? null,
    action: entry.action,
    details: entry.details ?? {},
  });
}

/** Newest first, paged by id. */
export async function listActivity(db: Db, documentId: number, opts: { before?: number; limit?: number } = {}) {
  const limit = Math.min(opts.limit ?? 200, 1000);
  return db
    .select()
    .from(activity)
    .where(opts.before ? and(eq(activity.documentId, documentId), lt(activity.id, opts.before)) : eq(activity.documentId, documentId))
    .orderBy(desc(activity.id))
    .limit(limit);
}
