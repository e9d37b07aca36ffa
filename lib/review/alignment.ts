/** A segment's word alignment and the dictionary senses of one of its words ranked by it: one alignment for the hover and the Dictionary panel. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, segments } from '../db/schema';
import { notFound } from '../errors';
import { baseLang, type BaseLang, type SourceLang, type TargetLang } from '../lang';
import { alignSegment, lookup, rankSenses, type Alignment, type RankedSenses } from '../lexicon';

async function segmentPair(db: Db, segmentId: number) {
  const [row] = await db
    .select({ source: segments.sourceText, target: segments.targetText, sourceLang: documents.sourceLang, targetLang: documents.targetLang })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(eq(segments.id, segmentId));
  if (!row) throw notFound('The segment');
  return { ...row, from: baseLang(row.sourceLang as SourceLang), to: baseLang(row.targetLang as TargetLang) };
}

/** The word alignment of a segment's source and target, with a confidence per link. */
export async function segmentAlignment(db: Db, segmentId: number): Promise<Alignment> {
  const pair = await segmentPair(db, segmentId);
  return alignSegment(pair.source, pair.target, pair.from, pair.to);
}

/** Dictionary senses of a word on one side of a segment, the one its aligned counterpart matches first. */
export async function segmentWordSenses(db: Db, input: { segmentId: number; word: string; side: 'source' | 'target' }): Promise<RankedSenses & { from: BaseLang }> {
  const pair = await segmentPair(db, input.segmentId);
  const [from, to] = input.side === 'source' ? [pair.from, pair.to] : [pair.to, pair.from];
  const alignment = alignSegment(pair.source, pair.target, pair.from, pair.to);
  return { ...rankSenses(input.word, lookup(input.word, from), alignment, input.side, to), from };
}
