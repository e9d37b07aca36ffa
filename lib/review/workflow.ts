/** The review workflow: submit, approve, reject (with reason), rebut (with reply), reopen, bulk approve. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, segmentReviews, segments, type ReviewAction, type SegmentStatus } from '../db/schema';
import { DomainError, invalid, notFound } from '../errors';
import { recordActivity } from './activity';
import { listFindings } from './findings';
import { syncTmUnit } from './tm';

export interface Who {
  name: string;
  id?: string;
}

/** Which action is allowed from which status, and where it leads. */
const TRANSITIONS: Record<ReviewAction, { from: SegmentStatus[]; to: SegmentStatus }> = {
  submit: { from: ['machine', 'edited', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  rebut: { from: ['rejected'], to: 'submitted' },
  reopen: { from: ['approved'], to: 'edited' },
};

const ACTION_WORD: Record<ReviewAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  rebut: 'answered',
  reopen: 'reopened',
};

export interface ReviewInput {
  segmentId: number;
  action: ReviewAction;
  /** The segment version the user saw: a stale one is a conflict, like a save. */
  baseVersion: number;
  comment?: string;
  who: Who;
}

export async function reviewSegment(db: Db, input: ReviewInput) {
  const rule = TRANSITIONS[input.action];
  if ((input.action === 'reject' || input.action === 'rebut') && !input.comment?.trim()) {
    throw invalid(input.action === 'reject' ? 'Say why the segment is rejected, so the translator can fix it.' : 'Write your reply to the rejection.');
  }
  return db.transaction(async (tx) => {
    const [seg] = await tx.select().from(segments).where(eq(segments.id, input.segmentId));
    if (!seg) throw notFound('The segment');
    if (seg.version !== input.baseVersion) {
      throw new DomainError('conflict', 'The segment changed since you opened it. Look at the current text and try again.', {
        current: { text: seg.targetText, version: seg.version, author: null, savedAt: seg.updatedAt.toISOString() },
      });
    }
    if (!rule.from.includes(seg.status)) {
      throw invalid(`A segment that is ${seg.status} cannot be ${ACTION_WORD[input.action]}.`);
    }
    // Status changes bump the version too, so a stale screen cannot act on an old state.
    const [after] = await tx
      .update(segments)
      .set({ status: rule.to, version: seg.version + 1, updatedAt: new Date() })
      .where(and(eq(segments.id, seg.id), eq(segments.version, seg.version)))
      .returning();
    if (!after) throw new DomainError('conflict', 'The segment changed at the same moment. Try again.');
    // Approval puts the pair into the translation memory; a reopening or rejection changes or takes it out.
    await syncTmUnit(tx, after);
    await tx.insert(segmentReviews).values({
      segmentId: seg.id,
      action: input.action,
      version: seg.version,
      author: input.who.name,
      authorId: input.who.id ?? null,
      comment: input.comment?.trim() || null,
    });
    await tx.update(documents).set({ updatedAt: new Date() }).where(eq(documents.id, seg.documentId));
    await recordActivity(tx, {
      documentId: after.documentId,
      segmentId: after.id,
      actor: input.who.name,
      actorId: input.who.id,
      action: input.action,
      details: {
        position: after.position + 1,
        from: seg.status,
        to: after.status,
        ...(input.comment ? { comment: input.comment.trim() } : {}),
        ...(input.action === 'submit' && seg.status === 'rejected' ? { fixes: 'rejection' } : {}),
      },
    });
    return after;
  });
}

/** Approves every submitted segment without open findings; returns how many. */
export async function bulkApprove(db: Db, documentId: number, who: Who, expected?: number) {
  const candidates = await approvableSegments(db, documentId);
  if (expected !== undefined && expected !== candidates.length) {
    throw new DomainError('conflict', `The number of segments to approve changed (${candidates.length} now, ${expected} confirmed). Look again and confirm.`);
  }
  let approved = 0;
  for (const seg of candidates) {
    await reviewSegment(db, { segmentId: seg.id, action: 'approve', baseVersion: seg.version, who });
    approved++;
  }
  return { approved };
}

/** Submitted segments with no open (not dismissed) finding: the ones bulk approval may take. */
export async function approvableSegments(db: Db, documentId: number) {
  const submitted = await db
    .select()
    .from(segments)
    .where(and(eq(segments.documentId, documentId), eq(segments.status, 'submitted')))
    .orderBy(asc(segments.position));
  const findings = new Map((await listFindings(db, documentId)).map((f) => [f.segmentId, f.findings.filter((x) => !x.dismissed).length]));
  return submitted.filter((s) => (findings.get(s.id) ?? 0) === 0);
}

export async function listReviews(db: Db, segmentIds: number[]) {
  if (segmentIds.length === 0) return [];
  return db.select().from(segmentReviews).where(inArray(segmentReviews.segmentId, segmentIds)).orderBy(asc(segmentReviews.createdAt), asc(segmentReviews.id));
}

/** Counts per status, and whether the document is approved (every segment approved). */
export function statusCounts(statuses: SegmentStatus[]) {
  const counts: Record<SegmentStatus, number> = { untranslated: 0, machine: 0, edited: 0, submitted: 0, approved: 0, rejected: 0 };
  for (const s of statuses) counts[s]++;
  return { counts, approved: statuses.length > 0 && counts.approved === statuses.length };
}
