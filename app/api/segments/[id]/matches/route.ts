import { handle, idParam } from '@/lib/http';
import { segmentMatches } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Translation-memory matches for the segment's source (best three, >= 70 %), each with its score, source diff and origin. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const segmentId = idParam.parse((await params).id);
  return Response.json({ matches: await segmentMatches(await getDb(), segmentId) });
});
