import { handle, idParam } from '@/lib/http';
import { listRevisions } from '@/lib/review';
import { getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const segmentId = idParam.parse((await params).id);
  return Response.json(await listRevisions(await getDb(), segmentId));
});
