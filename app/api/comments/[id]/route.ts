import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { setThreadResolved } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Resolves or reopens a comment thread. */
export const PATCH = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'translator');
  const threadId = idParam.parse((await params).id);
  const { resolved } = await parseJson(req, z.object({ resolved: z.boolean() }));
  await setThreadResolved(await getDb(), { threadId, resolved, who: { name: actor.name, id: actor.id } });
  return Response.json({ ok: true });
});
