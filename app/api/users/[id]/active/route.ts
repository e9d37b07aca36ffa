import { z } from 'zod';
import { setActive } from '@/lib/auth';
import { handle, parseJson } from '@/lib/http';
import { recordActivity } from '@/lib/review';
import { authorize, getAuth, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ active: z.boolean({ error: () => 'Say "active": true to reactivate the account or false to deactivate it.' }) });

/** Deactivates an account (its sessions end now, sign-in is refused) or reactivates it. */
export const PUT = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'admin');
  const { id } = await params;
  const { active } = await parseJson(req, bodySchema);
  const db = await getDb();
  await setActive(db, await getAuth(), req.headers, id, active, actor.id);
  // Better Auth changes the account through its own adapter, so this entry cannot share its transaction.
  await db.transaction((tx) => recordActivity(tx, { actor: actor.name, actorId: actor.id, action: active ? 'account-reactivated' : 'account-deactivated', details: { userId: id } }));
  return Response.json({ ok: true, active });
});
