import { handle, idParam, parseJson } from '@/lib/http';
import { saveSegment } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';
import { saveSegmentSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Saves a new revision; 409 with the current text when the segment changed since baseVersion. */
export const PUT = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'translator');
  const segmentId = idParam.parse((await params).id);
  const body = await parseJson(req, saveSegmentSchema);
  const result = await saveSegment(await getDb(), { segmentId, ...body, author: actor.name, authorId: actor.id });
  return Response.json(result);
});
