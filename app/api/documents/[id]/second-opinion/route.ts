import { DomainError } from '@/lib/errors';
import { handle, idParam } from '@/lib/http';
import { secondOpinionForDocument } from '@/lib/review';
import { authorize, getDb, getEngine } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Translates the document with the other DeepL model and flags segments where the two disagree strongly. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'translator');
  const id = idParam.parse((await params).id);
  const engine = getEngine();
  if (!engine) throw new DomainError('engine-missing', 'DeepL is not configured on this server (DEEPL_AUTH_KEY is not set).');
  const results = await secondOpinionForDocument(await getDb(), engine, id);
  return Response.json({ flagged: results.filter((r) => r.finding).length, checked: results.length, results });
});
