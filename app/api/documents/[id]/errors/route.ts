import { handle, idParam, parseJson } from '@/lib/http';
import { listMarkedErrors, markError, markErrorSchema } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** The document's LQA marked errors, in reading order. */
export const GET = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  return Response.json({ markedErrors: await listMarkedErrors(await getDb(), id) });
});

/** Marks an error on a span, or promotes a finding ({ fromFinding }); 201 when new, 200 when that mark was there already. */
export const POST = handle(async (req, { params }: Ctx) => {
  const actor = await authorize(req, 'editor');
  const id = idParam.parse((await params).id);
  const body = await parseJson(req, markErrorSchema);
  const { markedError, created } = await markError(await getDb(), { documentId: id, body, who: { name: actor.name, id: actor.id } });
  return Response.json({ markedError }, { status: created ? 201 : 200 });
});
