/**
 * Origins, proxies, sign-in limits and cookies, through the auth handler and the guard as a route calls
 * them, on a server in production mode (where Better Auth's defaults differ from tests').
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client';
import { authRateLimit } from '../db/schema';
import { testTargets } from '../db/testing';
import { handle } from '../http';

vi.hoisted(() => {
  Object.assign(process.env, { NODE_ENV: 'production' });
});

const { checkOrigin, createAuth, createUser, requireRole } = await import('.');
type Auth = ReturnType<typeof createAuth>;

const APP = 'http://127.0.0.1:3998';
const password = 'a-secret-123';

for (const target of testTargets()) {
  describe(`auth on ${target.name}`, () => {
    let database: Database;
    let users = 0;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });
    // Each test counts its own attempts.
    beforeEach(async () => {
      await database.db.delete(authRateLimit);
    });

    function authWith(options: { trustedProxies?: string[]; baseURL?: string; signInPerMinute?: number } = {}): Auth {
      return createAuth({ db: database.db, secret: 'test-secret-test-secret-test', trustedProxies: [], signInPerMinute: 100, ...options });
    }
    async function newUser(auth: Auth): Promise<string> {
      const email = `user${++users}-${Math.random().toString(36).slice(2, 8)}@example.org`;
      await createUser(database.db, auth, { name: 'U', email, password, role: 'editor' });
      return email;
    }
    function signIn(auth: Auth, email: string, headers: Record<string, string> = {}, pass = password) {
      const req = new Request(`${APP}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: '127.0.0.1:3998', origin: APP, ...headers },
        body: JSON.stringify({ email, password: pass }),
      });
      return handle((r: Request) => auth.handler(r))(req, undefined);
    }
    function cookieOf(res: Response): string {
      return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    }
    /** What a state-changing API route does first: requireRole. */
    async function post(auth: Auth, headers: Record<string, string>) {
      try {
        await requireRole(auth, new Request(`${APP}/api/documents`, { method: 'POST', headers }), 'viewer');
        return 'allowed';
      } catch (err) {
        return `${(err as { code?: string }).code}: ${(err as Error).message}`;
      }
    }

    describe('CSRF', () => {
      let auth: Auth;
      let cookie: string;
      beforeAll(async () => {
        auth = authWith();
        const res = await signIn(auth, await newUser(auth));
        expect(res.status).toBe(200);
        cookie = cookieOf(res);
      });

      it('refuses a foreign Origin even when X-Forwarded-Host names it too', async () => {
        expect(await post(auth, { cookie, host: '127.0.0.1:3998', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).toMatch(/^forbidden: .*another site/);
      });

      it('refuses Origin: null and malformed origins with a 403 that says why', async () => {
        for (const origin of ['null', 'not a url', 'file:///etc/passwd', 'http://', 'javascript:alert(1)', '']) {
          expect(await post(auth, { cookie, host: '127.0.0.1:3998', origin })).toMatch(/^forbidden: .*Origin header/);
        }
        const res = await signIn(auth, 'a@example.org', { origin: 'null' });
        expect(res.status).toBe(403);
        expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Origin header \("null"\)/);
      });

      it('lets the same origin through, with the default port written or not', async () => {
        expect(await post(auth, { cookie, host: '127.0.0.1:3998', origin: APP })).toBe('allowed');
        expect(await post(auth, { cookie, host: 'lektorat.example:80', origin: 'http://lektorat.example' })).toBe('allowed');
      });

      it('honours X-Forwarded-Host only through a trusted proxy', async () => {
        const headers = { host: '127.0.0.1:3998', origin: 'https://lektorat.example', 'x-forwarded-host': 'lektorat.example' };
        const req = new Request(`${APP}/api/documents`, { method: 'POST', headers });
        expect(() => checkOrigin(req, authWith({ trustedProxies: ['127.0.0.1'] }).network)).not.toThrow();
        expect(await post(auth, { ...headers, cookie })).toMatch(/^forbidden: .*another site/);
      });

      it('trusts the origin of BETTER_AUTH_URL', async () => {
        const { network } = authWith({ baseURL: 'https://lektorat.example' });
        const req = (origin: string) => new Request(`${APP}/api/documents`, { method: 'POST', headers: { host: '10.0.0.5:3000', origin } });
        expect(() => checkOrigin(req('https://lektorat.example'), network)).not.toThrow();
        expect(() => checkOrigin(req('https://evil.example'), network)).toThrow(/another site/);
      });
    });

    describe('sign-in limits', () => {
      it('counts attempts with a fresh X-Forwarded-For each against one bucket when no proxy is trusted', async () => {
        const auth = authWith({ signInPerMinute: 3 });
        const statuses = [];
        // A different account each time, so that only the per-address limit can stop it.
        for (let i = 0; i < 5; i++) statuses.push((await signIn(auth, `nobody${i}@example.org`, { 'x-forwarded-for': `203.0.113.${i + 1}` }, 'wrong-password')).status);
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
      });

      it('gives two clients behind a trusted proxy (which appends its own address) separate buckets', async () => {
        const auth = authWith({ trustedProxies: ['10.0.0.0/8'], signInPerMinute: 3 });
        const attacker = { 'x-forwarded-for': '198.51.100.66, 10.0.0.2' };
        for (let i = 0; i < 3; i++) expect((await signIn(auth, `nobody${i}@example.org`, attacker, 'wrong-password')).status).toBe(401);
        expect((await signIn(auth, 'nobody3@example.org', attacker, 'wrong-password')).status).toBe(429);
        // Another user through the same proxy, with the right password, is let in.
        const res = await signIn(auth, await newUser(auth), { 'x-forwarded-for': '198.51.100.77, 10.0.0.2' });
        expect(res.status).toBe(200);
        // A client that writes the attacker's address into its own X-Forwarded-For is still itself.
        expect((await signIn(auth, await newUser(auth), { 'x-forwarded-for': '198.51.100.66, 198.51.100.78, 10.0.0.2' })).status).toBe(200);
      });

      it('limits one account however many addresses the guesses come from', async () => {
        const auth = authWith({ trustedProxies: ['10.0.0.0/8'], signInPerMinute: 3 });
        const email = await newUser(auth);
        const statuses = [];
        for (let i = 0; i < 5; i++) statuses.push((await signIn(auth, email.toUpperCase(), { 'x-forwarded-for': `192.0.2.${i + 1}, 10.0.0.2` }, 'wrong-password')).status);
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
      });

      it('says in the 429 how many seconds to wait', async () => {
        const auth = authWith({ signInPerMinute: 1 });
        const email = await newUser(auth);
        await signIn(auth, email, {}, 'wrong-password');
        const res = await signIn(auth, email, {}, 'wrong-password');
        expect(res.status).toBe(429);
        const body = (await res.json()) as { error: { code: string; message: string; details: { retryAfterSeconds: number } } };
        const seconds = body.error.details.retryAfterSeconds;
        expect(seconds).toBeGreaterThan(0);
        expect(seconds).toBeLessThanOrEqual(60);
        expect(body.error.message).toContain(`Wait ${seconds} seconds`);
        expect(res.headers.get('retry-after')).toBe(String(seconds));
      });

      it('keeps one count for all servers on the database', async () => {
        // Two app servers are two auth instances on the same tables.
        const one = authWith({ signInPerMinute: 2 });
        const two = authWith({ signInPerMinute: 2 });
        const email = await newUser(one);
        const statuses = [(await signIn(one, email, {}, 'x')).status, (await signIn(two, email, {}, 'x')).status, (await signIn(one, email, {}, 'x')).status];
        expect(statuses.at(-1)).toBe(429);
      });
    });

    describe('session cookie', () => {
      const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => /session_token=/.test(c)) ?? '';

      it('is not Secure on plain http, and the session it carries works', async () => {
        const auth = authWith();
        const res = await signIn(auth, await newUser(auth), { host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' });
        expect(res.status).toBe(200);
        expect(sessionCookie(res)).not.toMatch(/;\s*Secure/i);
        expect(sessionCookie(res)).not.toMatch(/^__Secure-/);
        expect(await post(auth, { cookie: cookieOf(res), host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' })).toBe('allowed');
      });

      it('is Secure over https: through a trusted proxy, or when BETTER_AUTH_URL is https', async () => {
        const proxied = authWith({ trustedProxies: ['127.0.0.1'] });
        const https = { host: '127.0.0.1:3998', origin: 'https://lektorat.example', 'x-forwarded-host': 'lektorat.example', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5, 127.0.0.1' };
        const res = await signIn(proxied, await newUser(proxied), https);
        expect(res.status).toBe(200);
        expect(sessionCookie(res)).toMatch(/;\s*Secure/i);
        expect(await post(proxied, { ...https, cookie: cookieOf(res) })).toBe('allowed');
        // An untrusted X-Forwarded-Proto does not decide it.
        const direct = authWith();
        expect(sessionCookie(await signIn(direct, await newUser(direct), { 'x-forwarded-proto': 'https' }))).not.toMatch(/;\s*Secure/i);

        const configured = authWith({ baseURL: 'https://lektorat.example' });
        const viaUrl = await signIn(configured, await newUser(configured), { origin: 'https://lektorat.example' });
        expect(viaUrl.status).toBe(200);
        expect(sessionCookie(viaUrl)).toMatch(/;\s*Secure/i);
      });
    });
  });
}
