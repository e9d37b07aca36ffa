import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { approvableSegments, bulkApprove } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/** How many submitted segments have no open findings (what a bulk approval would take). */
export const GET = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'editor');
  const id = idParam.parse((await params).id);
  const segments = await approvableSegments(await getDb(), id);
  return Response.json({ count: segments.length, segmentIds: segments.map((s) => s.id) });
});

/** Approves them; `expected` is the count the editor confirmed, so nothing changes under their feet. */
export const POST = handle(async (req, { params }: Ctx) => {
  const actor = await authorize(req, 'editor');
  const id = idParam.parse((await params).id);
  const { expected } = await parseJson(req, z.object({ expected: z.number().int().min(0) }));
  return Response.json(await bulkApprove(await getDb(), id, { name: actor.name, id: actor.id }, expected));
});
