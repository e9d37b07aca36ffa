import { handle, idParam } from '@/lib/http';
import { documentLqa } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** The document's LQA score: marked errors per 1,000 source words against the project's threshold. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  return Response.json({ lqa: await documentLqa(await getDb(), id) });
});
