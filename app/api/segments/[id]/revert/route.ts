import { handle, idParam, parseJson } from '@/lib/http';
import { revertSegment } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';
import { revertSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Restores an earlier revision's text as a new revision. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'translator');
  const segmentId = idParam.parse((await params).id);
  const body = await parseJson(req, revertSchema);
  return Response.json(await revertSegment(await getDb(), { segmentId, ...body, author: actor.name, authorId: actor.id }));
});
