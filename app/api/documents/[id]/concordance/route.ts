import { handle, idParam, parseWith } from '@/lib/http';
import { concordance } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';
import { concordanceQuerySchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Concordance: translation-memory pairs in the document's language pair whose source and/or target contain q. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const documentId = idParam.parse((await params).id);
  const query = parseWith(concordanceQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ hits: await concordance(await getDb(), { documentId, ...query }) });
});
