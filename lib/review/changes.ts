/** The chain of versions of each segment for track changes: first translation, then each person's last edit in turn. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { revisions, segments } from '../db/schema';
import type { ChainVersion } from '../diff';

/** Per segment: consecutive revisions by the same person collapse into their last one. */
export async function changeChains(db: Db, documentId: number): Promise<Record<number, ChainVersion[]>> {
  const segs = await db.select({ id: segments.id }).from(segments).where(eq(segments.documentId, documentId));
  if (segs.length === 0) return {};
  const revs = await db
    .select()
    .from(revisions)
    .where(inArray(revisions.segmentId, segs.map((s) => s.id)))
    .orderBy(asc(revisions.segmentId), asc(revisions.version));
  const out: Record<number, ChainVersion[]> = {};
  for (const r of revs) {
    const chain = (out[r.segmentId] ??= []);
    const label = r.kind === 'machine' ? 'machine translation' : r.kind === 'import' ? 'imported translation' : r.kind === 'revert' ? 'restored' : 'edit';
    const last = chain[chain.length - 1];
    if (last && last.author === r.author && chain.length > 1) chain[chain.length - 1] = { text: r.text, author: r.author, label };
    else if (!last || last.text !== r.text) chain.push({ text: r.text, author: r.author, label });
  }
  return out;
}
