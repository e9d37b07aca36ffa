/** Comment threads per segment: a root comment and replies; a thread can be resolved and reopened. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { comments, segments } from '../db/schema';
import { invalid, notFound } from '../errors';
import { recordActivity } from './activity';
import type { Who } from './workflow';

export async function addComment(db: Db, input: { segmentId: number; body: string; threadId?: number; who: Who }) {
  const body = input.body.trim();
  if (!body) throw invalid('The comment is empty.');
  if (body.length > 5_000) throw invalid('A comment can have at most 5,000 characters.');
  return db.transaction(async (tx) => {
    const [seg] = await tx.select().from(segments).where(eq(segments.id, input.segmentId));
    if (!seg) throw notFound('The segment');
    if (input.threadId) {
      const [root] = await tx.select().from(comments).where(and(eq(comments.id, input.threadId), eq(comments.segmentId, seg.id), isNull(comments.threadId)));
      if (!root) throw notFound('The comment thread');
      // A reply reopens a resolved thread: somebody has more to say.
      if (root.resolvedAt) await tx.update(comments).set({ resolvedAt: null, resolvedBy: null }).where(eq(comments.id, root.id));
    }
    const [created] = await tx
      .insert(comments)
      .values({ documentId: seg.documentId, segmentId: seg.id, threadId: input.threadId ?? null, author: input.who.name, authorId: input.who.id ?? null, body })
      .returning();
    await recordActivity(tx, {
      documentId: seg.documentId,
      segmentId: seg.id,
      actor: input.who.name,
      actorId: input.who.id,
      action: 'comment',
      details: { position: seg.position + 1, body: body.slice(0, 200), reply: Boolean(input.threadId) },
    });
    return created!;
  });
}

export async function setThreadResolved(db: Db, input: { threadId: number; resolved: boolean; who: Who }) {
  await db.transaction(async (tx) => {
    const [root] = await tx.select().from(comments).where(and(eq(comments.id, input.threadId), isNull(comments.threadId)));
    if (!root) throw notFound('The comment thread');
    await tx
      .update(comments)
      .set(input.resolved ? { resolvedAt: new Date(), resolvedBy: input.who.name } : { resolvedAt: null, resolvedBy: null })
      .where(eq(comments.id, root.id));
    await recordActivity(tx, {
      documentId: root.documentId,
      segmentId: root.segmentId,
      actor: input.who.name,
      actorId: input.who.id,
      action: input.resolved ? 'comment-resolved' : 'comment-reopened',
      details: { threadId: root.id },
    });
  });
}

/** Threads of a document, each with its replies, oldest first. */
export async function listComments(db: Db, documentId: number) {
  const rows = await db.select().from(comments).where(eq(comments.documentId, documentId)).orderBy(asc(comments.createdAt), asc(comments.id));
  const threads = rows
    .filter((c) => c.threadId === null)
    .map((root) => ({ ...root, replies: rows.filter((c) => c.threadId === root.id) }));
  return threads;
}
