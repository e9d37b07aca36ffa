import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { applyTermChoice, listTermRenderings } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  return Response.json({ terms: await listTermRenderings(await getDb(), id) });
});

const applySchema = z.object({ term: z.string().min(1), choice: z.string().min(1) });

/** "Use this choice everywhere": one new revision per segment that rendered the term differently. */
export const POST = handle(async (req, { params }: Ctx) => {
  const actor = await authorize(req, 'translator');
  const documentId = idParam.parse((await params).id);
  const body = await parseJson(req, applySchema);
  return Response.json(await applyTermChoice(await getDb(), { documentId, ...body, author: actor.name }));
});
