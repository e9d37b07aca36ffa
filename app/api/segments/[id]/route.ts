import { authorOf, handle, idParam, parseJson } from '@/lib/http';
import { saveSegment } from '@/lib/review';
import { getDb } from '@/lib/runtime';
import { saveSegmentSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Saves a new revision; 409 with the current text when the segment changed since baseVersion. */
export const PUT = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const segmentId = idParam.parse((await params).id);
  const body = await parseJson(req, saveSegmentSchema);
  const result = await saveSegment(await getDb(), { segmentId, ...body, author: authorOf(req) });
  return Response.json(result);
});
