import { handle, idParam } from '@/lib/http';
import { listActivity } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** The document's audit trail, newest first (read-only: there is no route that changes it). */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const before = Number(new URL(req.url).searchParams.get('before')) || undefined;
  return Response.json({ entries: await listActivity(await getDb(), id, { before }) });
});
