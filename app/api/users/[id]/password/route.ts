import { z } from 'zod';
import { resetPassword } from '@/lib/auth';
import { handle, parseJson } from '@/lib/http';
import { recordActivity } from '@/lib/review';
import { authorize, getAuth, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({
  // Absent: the server generates one.
  password: z.string().min(8, 'The password needs at least 8 characters.').max(200).optional(),
});

/** An admin resets someone's password (typed, or generated and shown once); their sessions end. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'admin');
  const { id } = await params;
  const body = await parseJson(req, bodySchema);
  const db = await getDb();
  const password = await resetPassword(db, await getAuth(), req.headers, id, body.password ?? null, actor.id);
  await db.transaction((tx) => recordActivity(tx, { actor: actor.name, actorId: actor.id, action: 'password-reset', details: { userId: id, generated: !body.password } }));
  return Response.json({ password, generated: !body.password });
});
