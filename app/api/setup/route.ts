import { z } from 'zod';
import { checkOrigin, createFirstAdmin, userCount } from '@/lib/auth';
import { handle, parseJson } from '@/lib/http';
import { recordActivity } from '@/lib/review';
import { getAuth, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Whether this installation still needs its first (admin) account. */
export const GET = handle(async () => Response.json({ needsSetup: (await userCount(await getDb())) === 0 }));

const bodySchema = z.object({
  name: z.string().trim().min(1, 'Your name is empty.').max(80),
  email: z.email('That is not an e-mail address.'),
  password: z.string().min(8, 'The password needs at least 8 characters.').max(200),
});

/** Creates the first account as admin and signs it in. */
export const POST = handle(async (req) => {
  const auth = await getAuth();
  // No session yet, but the same CSRF rule: a foreign page must not create the first admin in this browser.
  checkOrigin(req, auth.network);
  const body = await parseJson(req, bodySchema);
  const db = await getDb();
  const userId = await createFirstAdmin(db, auth, body);
  // Better Auth writes the account through its own adapter, so this entry cannot share its transaction.
  await db.transaction((tx) => recordActivity(tx, { actor: body.name, actorId: userId, action: 'account-created', details: { email: body.email, role: 'admin', first: true } }));
  // Sign in through Better Auth so its session cookie is set on this response.
  return auth.api.signInEmail({ body: { email: body.email, password: body.password }, headers: req.headers, asResponse: true });
});
