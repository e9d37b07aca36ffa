/** What changed in a document, cheaply: a stamp that moves with every save, status change, comment or mark. */
import { and, count, eq, max } from 'drizzle-orm';
import type { Db } from '../db/client';
import { activity, comments, documents } from '../db/schema';

export async function documentStamp(db: Db, documentId: number): Promise<string> {
  const [doc] = await db.select({ updatedAt: documents.updatedAt }).from(documents).where(eq(documents.id, documentId));
  const [act] = await db.select({ last: max(activity.id) }).from(activity).where(eq(activity.documentId, documentId));
  const [com] = await db.select({ n: count() }).from(comments).where(and(eq(comments.documentId, documentId)));
  return `${doc?.updatedAt.getTime() ?? 0}-${act?.last ?? 0}-${com?.n ?? 0}`;
}
