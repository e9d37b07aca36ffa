/** Deactivating accounts and resetting passwords, through the auth handler as the browser and the routes call it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { handle } from '../http';
import { createAuth, createUser, currentActor, DEACTIVATED_MESSAGE, generatePassword, listUsers, resetPassword, setActive, type Auth } from '.';

const APP = 'http://127.0.0.1:3997';
const headersOf = (cookie: string) => new Headers({ cookie, host: '127.0.0.1:3997', origin: APP });

for (const target of testTargets()) {
  describe(`account administration on ${target.name}`, () => {
    let database: Database;
    let auth: Auth;
    let adminId = '';
    let adminHeaders: Headers;
    let n = 0;

    function signIn(email: string, password: string) {
      const req = new Request(`${APP}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: '127.0.0.1:3997', origin: APP },
        body: JSON.stringify({ email, password }),
      });
      return handle((r: Request) => auth.handler(r))(req, undefined);
    }
    const cookieOf = (res: Response) =>
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    const signedIn = async (cookie: string) => (await currentActor(auth, new Request(`${APP}/api/me`, { headers: headersOf(cookie) }))) !== null;

    /** A translator who is signed in: their id, e-mail and session cookie. */
    async function person(password = 'person-secret-1') {
      const email = `person${++n}@example.org`;
      const id = await createUser(database.db, auth, { name: `Person ${n}`, email, password, role: 'translator' });
      const res = await signIn(email, password);
      expect(res.status).toBe(200);
      return { id, email, cookie: cookieOf(res) };
    }

    beforeAll(async () => {
      database = await target.open();
      auth = createAuth({ db: database.db, secret: 'test-secret-test-secret-test', trustedProxies: [], signInPerMinute: 100 });
      adminId = await createUser(database.db, auth, { name: 'Admin', email: 'admin@example.org', password: 'admin-secret-1', role: 'admin' });
      adminHeaders = headersOf(cookieOf(await signIn('admin@example.org', 'admin-secret-1')));
    });
    afterAll(async () => {
      await database?.close();
    });

    it('deactivating ends the sessions at once and refuses sign-in with a message; reactivating lets them in again', async () => {
      const p = await person();
      expect(await signedIn(p.cookie)).toBe(true);
      await setActive(database.db, auth, adminHeaders, p.id, false, adminId);
      expect(await signedIn(p.cookie)).toBe(false);
      expect((await listUsers(database.db)).find((u) => u.id === p.id)?.active).toBe(false);

      const refused = await signIn(p.email, 'person-secret-1');
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toBe(DEACTIVATED_MESSAGE);
      // A wrong password is still just wrong: the message does not tell outsiders which accounts exist.
      expect((await signIn(p.email, 'wrong-password')).status).toBe(401);

      await setActive(database.db, auth, adminHeaders, p.id, true, adminId);
      expect((await listUsers(database.db)).find((u) => u.id === p.id)?.active).toBe(true);
      expect((await signIn(p.email, 'person-secret-1')).status).toBe(200);
    });

    it('refuses to deactivate yourself, an unknown account, or on behalf of a non-admin session', async () => {
      await expect(setActive(database.db, auth, adminHeaders, adminId, false, adminId)).rejects.toMatchObject({ code: 'invalid' });
      await expect(setActive(database.db, auth, adminHeaders, 'nobody', false, adminId)).rejects.toMatchObject({ code: 'not-found' });
      const p = await person();
      const other = await person();
      // The plugin checks the session's own role as well, so a translator's session cannot do it even if a route forgot to.
      await expect(setActive(database.db, auth, headersOf(p.cookie), other.id, false, p.id)).rejects.toMatchObject({ code: 'forbidden' });
      expect(await signedIn(other.cookie)).toBe(true);
    });

    it('a password reset ends the sessions; the old password stops working and the new one works', async () => {
      const p = await person();
      const typed = await resetPassword(database.db, auth, adminHeaders, p.id, 'temporary-pass-1', adminId);
      expect(typed).toBe('temporary-pass-1');
      expect(await signedIn(p.cookie)).toBe(false);
      expect((await signIn(p.email, 'person-secret-1')).status).toBe(401);
      expect((await signIn(p.email, 'temporary-pass-1')).status).toBe(200);

      const generated = await resetPassword(database.db, auth, adminHeaders, p.id, null, adminId);
      expect(generated).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
      expect((await signIn(p.email, 'temporary-pass-1')).status).toBe(401);
      expect((await signIn(p.email, generated)).status).toBe(200);
    });

    it('refuses a reset of your own password (that is the account page) and of an unknown account', async () => {
      await expect(resetPassword(database.db, auth, adminHeaders, adminId, null, adminId)).rejects.toMatchObject({ code: 'invalid' });
      await expect(resetPassword(database.db, auth, adminHeaders, 'nobody', null, adminId)).rejects.toMatchObject({ code: 'not-found' });
    });

    it('generates passwords that differ each time', () => {
      const passwords = new Set(Array.from({ length: 50 }, generatePassword));
      expect(passwords.size).toBe(50);
    });

    it('does not answer the admin plugin endpoints to browsers', async () => {
      const req = new Request(`${APP}/api/auth/admin/impersonate-user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: '127.0.0.1:3997', origin: APP, cookie: adminHeaders.get('cookie')! },
        body: JSON.stringify({ userId: 'x' }),
      });
      expect((await handle((r: Request) => auth.handler(r))(req, undefined)).status).toBe(404);
    });
  });
}
