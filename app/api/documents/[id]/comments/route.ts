import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { addComment, listComments } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'viewer');
  return Response.json({ threads: await listComments(await getDb(), idParam.parse((await params).id)) });
});

const bodySchema = z.object({ segmentId: z.number().int().positive(), body: z.string(), threadId: z.number().int().positive().optional() });

export const POST = handle(async (req) => {
  const actor = await authorize(req, 'translator');
  const body = await parseJson(req, bodySchema);
  const comment = await addComment(await getDb(), { ...body, who: { name: actor.name, id: actor.id } });
  return Response.json({ comment }, { status: 201 });
});
