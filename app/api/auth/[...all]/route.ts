import { errorResponse, handle } from '@/lib/http';
import { getAuth } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/**
 * Better Auth's own endpoints (sign-in, sign-out, session, change-password), behind the origin check and the
 * sign-in limits (lib/auth). Public sign-up is closed: admins create accounts.
 */
const handler = handle(async (req: Request) => {
  const path = new URL(req.url).pathname;
  if (path.startsWith('/api/auth/sign-up')) {
    return errorResponse('forbidden', 'Accounts are created by an admin. Ask your admin for one.', 403);
  }
  return (await getAuth()).handler(req);
});

export const GET = handler;
export const POST = handler;
