/** The one authorization check for route handlers: who is asking, and may their role do this? */
import { DomainError } from '../errors';
import type { Auth } from './auth';
import { hasRole, type Role } from './roles';

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF: a state-changing request must come from this origin. Browsers send Origin on cross-site
 * POSTs, so a foreign page cannot act with the user's cookie.
 */
export function checkOrigin(req: Request): void {
  if (!MUTATING.has(req.method)) return;
  const origin = req.headers.get('origin');
  if (!origin) return; // non-browser clients (curl, scripts) send none; the session cookie still has to be valid
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host || new URL(origin).host !== host) {
    throw new DomainError('forbidden', 'This request came from another site and was refused.');
  }
}

export async function currentActor(auth: Auth, req: Request): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: Role };
  return { id: user.id, name: user.name, email: user.email, role: user.role ?? 'viewer' };
}

/** 401 without a session, 403 when the role is too low; returns who is acting. */
export async function requireRole(auth: Auth, req: Request, atLeast: Role): Promise<Actor> {
  checkOrigin(req);
  const actor = await currentActor(auth, req);
  if (!actor) throw new DomainError('unauthorized', 'Your session has ended. Sign in again; nothing you saved is lost.');
  if (!hasRole(actor.role, atLeast)) {
    throw new DomainError('forbidden', `This needs the ${atLeast} role; you are signed in as ${actor.role}. Ask an admin.`);
  }
  return actor;
}
