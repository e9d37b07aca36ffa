import { z } from 'zod';
import { createUser, listUsers, ROLES } from '@/lib/auth';
import { handle, parseJson } from '@/lib/http';
import { recordActivity } from '@/lib/review';
import { authorize, getAuth, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => {
  await authorize(req, 'admin');
  return Response.json({ users: await listUsers(await getDb()) });
});

const bodySchema = z.object({
  name: z.string().trim().min(1, 'The name is empty.').max(80),
  email: z.email('That is not an e-mail address.'),
  password: z.string().min(8, 'The password needs at least 8 characters.').max(200),
  role: z.enum(ROLES, { error: () => `The role must be one of: ${ROLES.join(', ')}.` }),
});

/** An admin creates an account with a role (there is no public sign-up). */
export const POST = handle(async (req) => {
  const actor = await authorize(req, 'admin');
  const body = await parseJson(req, bodySchema);
  const db = await getDb();
  const id = await createUser(db, await getAuth(), body);
  // Better Auth writes the account through its own adapter, so this entry cannot share its transaction.
  await db.transaction((tx) => recordActivity(tx, { actor: actor.name, actorId: actor.id, action: 'account-created', details: { email: body.email, role: body.role } }));
  return Response.json({ user: { id, name: body.name, email: body.email, role: body.role } }, { status: 201 });
});
