/** Better Auth on the app's database: e-mail and password, sessions in http-only cookies, a role per user. */
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import type { Db } from '../db/client';
import { authAccount, authSession, authUser, authVerification } from '../db/schema';
import { DomainError } from '../errors';
import { errorResponse } from '../http';
import { logLine } from '../log';
import { readBody } from '../http-body';
import { clientAddress, isHttps, requestHost, type Network } from './forwarded';
import { checkOrigin } from './guard';
import { dbLimiter, type Limiter } from './rate-limit';

export interface AuthConfig {
  db: Db;
  secret: string;
  /** Public URL when known (BETTER_AUTH_URL); otherwise taken from each request. */
  baseURL?: string;
  /** Reverse proxies whose X-Forwarded-* headers are believed (TRUSTED_PROXIES). */
  trustedProxies: readonly string[];
  /** Sign-in attempts per minute, per client address and per account, before 429. */
  signInPerMinute: number;
}

// Set by handler() from the trusted client address (a client's own value is removed); Better Auth reads only this.
const CLIENT_HEADER = 'x-lektorat-client-address';
const SIGN_IN = '/api/auth/sign-in/email';
// The admin plugin's own endpoints: our /api/users routes call them with their role rules and the activity log, browsers do not.
const ADMIN_ENDPOINTS = '/api/auth/admin/';
/** What a deactivated account is told when it signs in with the right password. */
export const DEACTIVATED_MESSAGE = 'This account has been deactivated, so it cannot sign in. Ask an admin of Lektorat to reactivate it.';
// Sign-in, sign-out and password bodies are a few hundred bytes.
const MAX_BODY_BYTES = 64_000;

function options(config: AuthConfig, network: Network, limiter: Limiter, secureCookies: boolean) {
  return {
    appName: 'Lektorat',
    secret: config.secret,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    basePath: '/api/auth',
    database: drizzleAdapter(config.db, {
      provider: 'pg',
      schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: false },
    user: {
      additionalFields: {
        // input: false — nobody can choose their own role by signing up.
        role: { type: 'string' as const, required: false, defaultValue: 'viewer', input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Deactivating (a ban without end) and password resets; only our admin role may use it, the other roles have no plugin permissions.
    plugins: [admin({ defaultRole: 'viewer', adminRoles: ['admin'], defaultBanReason: 'Deactivated by an admin', bannedUserMessage: DEACTIVATED_MESSAGE })],
    // Same-origin requests only: the app and the API are served together, under whatever host the browser used.
    trustedOrigins: (request?: Request) => {
      const host = request && requestHost(request.headers, network);
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      // Sign-in is limited by handler(), per address and per account, with a message that says how long to wait.
      customRules: { '/sign-in/email': false as const },
      customStorage: limiter,
    },
    advanced: {
      useSecureCookies: secureCookies,
      trustedProxyHeaders: network.trustedProxies.length > 0,
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
    },
    telemetry: { enabled: false },
    // Its errors go through the app's log line, which leaves out a failed query's parameters (names, e-mail addresses).
    logger: {
      log: (level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]) =>
        (level === 'error' ? console.error : console.warn)(`[Better Auth] ${message}`, ...args.map((a) => (a instanceof Error ? logLine(a) : a))),
    },
  };
}

/** The request's headers with the client address we worked out, and no client-supplied one. */
function withClientAddress(headers: HeadersInit | undefined, network: Network): Headers {
  const copy = new Headers(headers);
  copy.delete(CLIENT_HEADER);
  const address = clientAddress(copy, network);
  if (address) copy.set(CLIENT_HEADER, address);
  return copy;
}

/** IPv6 clients get a /64 each, so one client cannot take a fresh bucket per address. */
function addressBucket(address: string | null): string {
  if (!address) return 'unknown';
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** 429 in the API's error shape, saying how long to wait (and Retry-After for scripts). */
function tooMany(retryAfter: number, what: string): Response {
  const res = errorResponse('rate-limited', `Too many ${what}. Wait ${retryAfter} seconds, then try again.`, 429, { retryAfterSeconds: retryAfter });
  res.headers.set('retry-after', String(retryAfter));
  return res;
}

/** The e-mail a sign-in body names, normalised as Better Auth stores it; null when there is none. */
function signInEmail(body: Uint8Array): string | null {
  try {
    const email = (JSON.parse(new TextDecoder().decode(body)) as { email?: unknown }).email;
    return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Two Better Auth instances that differ only in Secure cookies: a request reached over https (see
 * isHttps) is served by the one that marks them Secure, a plain-http one by the other, so that signing
 * in over http on a LAN address works and https never sends the session in the clear.
 */
export function createAuth(config: AuthConfig) {
  const network: Network = { trustedProxies: config.trustedProxies, ...(config.baseURL ? { baseURL: config.baseURL } : {}) };
  const limiter = dbLimiter(config.db);
  const secure = betterAuth(options(config, network, limiter, true));
  const plain = betterAuth(options(config, network, limiter, false));
  const pick = (headers: Headers) => (isHttps(headers, network) ? secure : plain);

  // Calls from our own routes (getSession, signInEmail for the first admin …) go to the instance the request's scheme calls for.
  const api = new Proxy(secure.api, {
    get(target, name) {
      if (typeof name !== 'string' || !(name in target)) return undefined;
      return (context?: { headers?: HeadersInit }) => {
        const headers = withClientAddress(context?.headers, network);
        const endpoint = pick(headers).api[name as keyof typeof target] as (context: unknown) => unknown;
        return endpoint(context?.headers === undefined ? context : { ...context, headers });
      };
    },
  });

  /** Better Auth's own endpoints, after the origin check, a body limit and the sign-in limits. */
  async function handler(req: Request): Promise<Response> {
    checkOrigin(req, network);
    const headers = withClientAddress(req.headers, network);
    if (new URL(req.url).pathname.startsWith(ADMIN_ENDPOINTS)) return errorResponse('not-found', 'There is no such endpoint. Admins manage accounts on the Users page (/api/users).', 404);
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req, MAX_BODY_BYTES, () => new DomainError('too-large', 'This request is too large for a sign-in.'));
    if (new URL(req.url).pathname === SIGN_IN && body) {
      const rule = { window: 60, max: config.signInPerMinute };
      const byAddress = await limiter.consume(`sign-in|address|${addressBucket(headers.get(CLIENT_HEADER))}`, rule);
      if (!byAddress.allowed) return tooMany(byAddress.retryAfter ?? rule.window, 'sign-in attempts from your network');
      const email = signInEmail(body);
      const byAccount = email ? await limiter.consume(`sign-in|account|${email}`, rule) : { allowed: true, retryAfter: null };
      if (!byAccount.allowed) return tooMany(byAccount.retryAfter ?? rule.window, 'sign-in attempts for this account');
    }
    const res = await pick(headers).handler(new Request(req.url, { method: req.method, headers, body }));
    if (res.status === 429) return tooMany(Number(res.headers.get('x-retry-after')) || 60, 'requests');
    return res;
  }

  return { api, handler, network };
}

export type Auth = ReturnType<typeof createAuth>;
