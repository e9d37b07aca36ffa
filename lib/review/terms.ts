/** Document-level term consistency: every rendering of a repeated name or term, and "use this choice everywhere". */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { segments } from '../db/schema';
import { termRenderings } from '../checks/consistency';
import { invalid } from '../errors';
import { saveSegment } from './segments';

async function documentSegments(db: Db, documentId: number) {
  return db.select().from(segments).where(eq(segments.documentId, documentId)).orderBy(asc(segments.position));
}

export async function listTermRenderings(db: Db, documentId: number) {
  const segs = await documentSegments(db, documentId);
  return termRenderings(segs.map((s) => ({ id: s.id, paragraph: s.paragraphIndex, source: s.sourceText, target: s.targetText })))
    // Only terms rendered in more than one way need a decision.
    .filter((t) => t.renderings.length > 1);
}

/**
 * Replaces every other rendering of `term` with `choice`, one new revision per changed segment.
 * Segments edited since the list was computed are skipped and reported, not overwritten.
 */
export async function applyTermChoice(db: Db, input: { documentId: number; term: string; choice: string; author: string }) {
  const group = (await listTermRenderings(db, input.documentId)).find((t) => t.term === input.term);
  if (!group) throw invalid(`“${input.term}” has no competing renderings in this document any more.`);
  if (!group.renderings.some((r) => r.text === input.choice)) throw invalid(`“${input.choice}” is not one of the renderings of “${input.term}”.`);
  const segs = new Map((await documentSegments(db, input.documentId)).map((s) => [s.id, s]));
  // Several occurrences may sit in one segment: replace from the end so earlier offsets stay valid.
  const bySegment = new Map<number, { start: number; end: number }[]>();
  for (const o of group.occurrences) {
    if (!o.targetSpan || o.rendering === input.choice) continue;
    bySegment.set(o.segmentId, [...(bySegment.get(o.segmentId) ?? []), o.targetSpan]);
  }
  let changed = 0;
  for (const [segmentId, spans] of bySegment) {
    const seg = segs.get(segmentId);
    if (!seg) continue;
    let text = seg.targetText;
    for (const span of spans.sort((a, b) => b.start - a.start)) text = text.slice(0, span.start) + input.choice + text.slice(span.end);
    const result = await saveSegment(db, { segmentId, text, baseVersion: seg.version, author: input.author });
    if (result.changed) changed++;
  }
  return { changed };
}
