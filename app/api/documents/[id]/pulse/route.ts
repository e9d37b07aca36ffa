import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { documentStamp } from '@/lib/review';
import { authorize, getDb, presence } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

/**
 * Live co-review by polling: the client asks every second for this small answer and refetches the
 * document only when the stamp moved. Polling through TanStack Query needs no long-lived connections,
 * works behind any proxy and recovers by itself after sleep or network loss.
 */
export const GET = handle(async (req, { params }: Ctx) => {
  const actor = await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const stamp = await documentStamp(await getDb(), id);
  return Response.json({ stamp, presence: presence().list(id, Date.now()).filter((p) => p.userId !== actor.id) });
});

/** Reports which segment this user is on (null: just viewing). */
export const POST = handle(async (req, { params }: Ctx) => {
  const actor = await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const { segmentId } = await parseJson(req, z.object({ segmentId: z.number().int().positive().nullable() }));
  presence().report(id, { userId: actor.id, name: actor.name, segmentId }, Date.now());
  return Response.json({ ok: true });
});
