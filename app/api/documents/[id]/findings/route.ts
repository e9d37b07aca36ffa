import { handle, idParam } from '@/lib/http';
import { listFindings } from '@/lib/review';
import { getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const id = idParam.parse((await params).id);
  return Response.json({ segments: await listFindings(await getDb(), id) });
});
