/** Segment edits: every save is a new revision based on a known version; a stale base is a conflict, never an overwrite. */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, revisions, segments, type RevisionKind, type SegmentStatus } from '../db/schema';
import { DomainError, invalid, notFound } from '../errors';
import { wordDiff } from '../diff';
import { recordActivity } from './activity';
import { recheckAfterSave } from './findings';
import { checkProtectedTags, preservesSpace, significantText } from './interchange';
import { syncTmUnit } from './tm';

export const MAX_SEGMENT_CHARS = 5_000;

export interface SaveInput {
  segmentId: number;
  text: string;
  baseVersion: number;
  author: string;
  authorId?: string;
}

type SegmentRow = typeof segments.$inferSelect;

/** What the client needs to resolve a conflict: the text someone else saved, and who. */
export interface ConflictDetails {
  current: { text: string; version: number; author: string | null; savedAt: string };
}

/** Editing moves a segment back to machine/edited — which also reopens an approved or submitted one. */
function statusFor(text: string, machineText: string | null): SegmentStatus {
  if (!text) return 'untranslated';
  return text === machineText ? 'machine' : 'edited';
}

async function latestRevision(db: Db, segmentId: number) {
  const [rev] = await db
    .select()
    .from(revisions)
    .where(eq(revisions.segmentId, segmentId))
    .orderBy(desc(revisions.version))
    .limit(1);
  return rev;
}

async function conflict(db: Db, segmentId: number): Promise<DomainError> {
  const [current] = await db.select().from(segments).where(eq(segments.id, segmentId));
  if (!current) return notFound('The segment');
  const last = await latestRevision(db, segmentId);
  const details: ConflictDetails = {
    current: {
      text: current.targetText,
      version: current.version,
      author: last?.author ?? null,
      savedAt: current.updatedAt.toISOString(),
    },
  };
  return new DomainError(
    'conflict',
    `${last?.author ?? 'Someone'} saved this segment while you were editing it. Compare both texts and choose or merge.`,
    details,
  );
}

async function writeRevision(
  db: Db,
  input: SaveInput,
  kind: RevisionKind,
  revertedFrom: number | null,
): Promise<{ segment: SegmentRow; changed: boolean }> {
  const text = significantText(input.text, await preservesSpace(db, input.segmentId));
  if (text.length > MAX_SEGMENT_CHARS) {
    throw invalid(`A segment can hold at most ${MAX_SEGMENT_CHARS} characters; this text has ${text.length}.`);
  }
  // Inline tags from an imported XLIFF/TMX file are protected: an edit may move them, not break them.
  await checkProtectedTags(db, input.segmentId, text);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(segments).where(eq(segments.id, input.segmentId));
    if (!before) throw notFound('The segment');
    if (before.version !== input.baseVersion) throw await conflict(tx, input.segmentId);
    if (text === before.targetText) return { segment: before, changed: false };
    const now = new Date();
    // The version condition makes the write safe even if two saves race past the check above.
    const [after] = await tx
      .update(segments)
      .set({ targetText: text, status: statusFor(text, before.machineText), version: before.version + 1, updatedAt: now })
      .where(and(eq(segments.id, input.segmentId), eq(segments.version, input.baseVersion)))
      .returning();
    if (!after) throw await conflict(tx, input.segmentId);
    await tx.insert(revisions).values({
      segmentId: after.id,
      author: input.author,
      text,
      kind,
      baseVersion: input.baseVersion,
      version: after.version,
      revertedFrom,
      createdAt: now,
    });
    await tx.update(documents).set({ updatedAt: now }).where(eq(documents.id, after.documentId));
    // A finding fixed by the edit disappears, new ones appear; they and the audit entry commit with the revision.
    await recheckAfterSave(tx, after.id);
    // An edit is kept in the translation memory marked 'edited' until approved; back to the machine text, it leaves.
    await syncTmUnit(tx, after);
    await recordActivity(tx, {
      documentId: after.documentId,
      segmentId: after.id,
      actor: input.author,
      actorId: input.authorId,
      action: kind,
      details: {
        position: after.position + 1,
        version: after.version,
        from: before.status,
        to: after.status,
        ...(before.status === 'approved' ? { reopened: true } : {}),
        ...(revertedFrom ? { revertedFrom } : {}),
      },
    });
    return { segment: after, changed: true };
  });
}

/** Saves a translator's text as a new revision; throws a conflict when the segment moved on since baseVersion. */
export function saveSegment(db: Db, input: SaveInput) {
  return writeRevision(db, input, 'edit', null);
}

/** Restores the text of an earlier revision, as a new revision. */
export async function revertSegment(db: Db, input: Omit<SaveInput, 'text'> & { revisionId: number }) {
  const [rev] = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.id, input.revisionId), eq(revisions.segmentId, input.segmentId)));
  if (!rev) throw notFound('The revision');
  return writeRevision(db, { ...input, text: rev.text }, 'revert', rev.id);
}

/** Every revision of a segment, oldest first, each with its word diff against the machine translation. */
export async function listRevisions(db: Db, segmentId: number) {
  const [segment] = await db.select().from(segments).where(eq(segments.id, segmentId));
  if (!segment) throw notFound('The segment');
  const revs = await db.select().from(revisions).where(eq(revisions.segmentId, segmentId)).orderBy(asc(revisions.version));
  const base = segment.machineText ?? '';
  return {
    segment,
    revisions: revs.map((r) => ({ ...r, diff: wordDiff(base, r.text) })),
  };
}
