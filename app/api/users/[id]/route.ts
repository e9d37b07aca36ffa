import { z } from 'zod';
import { ROLES, setRole } from '@/lib/auth';
import { handle, parseJson } from '@/lib/http';
import { recordActivity } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ role: z.enum(ROLES, { error: () => `The role must be one of: ${ROLES.join(', ')}.` }) });

export const PATCH = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'admin');
  const { id } = await params;
  const { role } = await parseJson(req, bodySchema);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await setRole(tx, id, role, actor.id);
    await recordActivity(tx, { actor: actor.name, actorId: actor.id, action: 'role-changed', details: { userId: id, role } });
  });
  return Response.json({ ok: true });
});
