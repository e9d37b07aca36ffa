/** The one authorization check for route handlers: who is asking, and may their role do this? */
import { DomainError } from '../errors';
import type { Auth } from './auth';
import { requestHost, type Network } from './forwarded';
import { hasRole, type Role } from './roles';

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The scheme and host of an Origin header; null for "null" (sandboxed or privacy-hidden origins) and anything that is not an http(s) origin. */
function parseOrigin(origin: string): URL | null {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin.toLowerCase().replace(/\/$/, '') ? url : null;
  } catch {
    return null;
  }
}

/** A Host value as the origin's scheme writes it (default port dropped, lower case); null when it is not a host. */
function sameScheme(origin: URL, host: string): string | null {
  try {
    return new URL(`${origin.protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/**
 * CSRF: a state-changing request must come from this origin. Browsers send Origin on cross-site
 * POSTs, so a foreign page cannot act with the user's cookie. "This origin" is the Host the browser
 * asked for (X-Forwarded-Host only through a trusted proxy) or BETTER_AUTH_URL.
 */
export function checkOrigin(req: Request, network: Network): void {
  if (!MUTATING.has(req.method)) return;
  const origin = req.headers.get('origin');
  if (origin === null) return; // non-browser clients (curl, scripts) send none; the session cookie still has to be valid
  const claimed = parseOrigin(origin);
  if (!claimed) {
    throw new DomainError('forbidden', `This request's Origin header (${JSON.stringify(origin.slice(0, 100))}) does not name a web site, so it was refused. Open Lektorat in a normal browser tab and try again.`);
  }
  const hosts = [requestHost(req.headers, network), network.baseURL ? new URL(network.baseURL).host : null];
  if (!hosts.some((host) => host !== null && sameScheme(claimed, host) === claimed.host)) {
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
  checkOrigin(req, auth.network);
  const actor = await currentActor(auth, req);
  if (!actor) throw new DomainError('unauthorized', 'Your session has ended. Sign in again; nothing you saved is lost.');
  assertRole(actor, atLeast);
  return actor;
}

/** 403 when the actor's role is too low: for a route whose needed role depends on what the body asks. */
export function assertRole(actor: Actor, atLeast: Role): void {
  if (!hasRole(actor.role, atLeast)) {
    throw new DomainError('forbidden', `This needs the ${atLeast} role; you are signed in as ${actor.role}. Ask an admin.`);
  }
}
