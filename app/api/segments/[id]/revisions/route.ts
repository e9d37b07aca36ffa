import { handle, idParam } from '@/lib/http';
import { listRevisions } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const segmentId = idParam.parse((await params).id);
  return Response.json(await listRevisions(await getDb(), segmentId));
});
