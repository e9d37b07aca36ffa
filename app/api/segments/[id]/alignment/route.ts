import { eq } from 'drizzle-orm';
import { documents, segments } from '@/lib/db/schema';
import { notFound } from '@/lib/errors';
import { handle, idParam } from '@/lib/http';
import { baseLang, type SourceLang, type TargetLang } from '@/lib/lang';
import { alignWords } from '@/lib/lexicon';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Word alignment of a segment by the German–English lexicon, for highlighting a hovered word's counterpart. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const segmentId = idParam.parse((await params).id);
  const db = await getDb();
  const [row] = await db
    .select({ source: segments.sourceText, target: segments.targetText, sourceLang: documents.sourceLang, targetLang: documents.targetLang })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(eq(segments.id, segmentId));
  if (!row) throw notFound('The segment');
  return Response.json(alignWords(row.source, row.target, baseLang(row.sourceLang as SourceLang), baseLang(row.targetLang as TargetLang)));
});
