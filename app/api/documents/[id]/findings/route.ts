import { handle, idParam } from '@/lib/http';
import { listFindings } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  return Response.json({ segments: await listFindings(await getDb(), id) });
});
