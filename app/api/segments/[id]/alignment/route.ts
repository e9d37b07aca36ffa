import { handle, idParam } from '@/lib/http';
import { segmentAlignment } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Word alignment of a segment by the German–English lexicon, each link with a confidence, for highlighting a hovered word's counterpart. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const segmentId = idParam.parse((await params).id);
  return Response.json(await segmentAlignment(await getDb(), segmentId));
});
