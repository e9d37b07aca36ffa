/** A database error is answered with the generic 500 and logged without the query's parameters, which hold user text. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuth, createUser } from './auth';
import { documents } from './db/schema';
import { testTargets } from './db/testing';
import { toErrorResponse } from './http';

afterEach(() => vi.restoreAllMocks());

describe.each(testTargets())('logging a failed query on $name', (target) => {
  it('logs the error class and the database code, not the text the user sent', async () => {
    const database = await target.open();
    try {
      const secret = 'Vertraulicher Entwurf der Pressemitteilung';
      // A NUL is what PostgreSQL refuses in text; the edge refuses it now, so the query is sent directly.
      const failure = await database.db
        .insert(documents)
        .values({ title: `${secret}\u0000`, sourceLang: 'de', targetLang: 'en-US' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(failure).toBeInstanceOf(Error);
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const res = toErrorResponse(failure);
      expect(res.status).toBe(500);
      const logged = log.mock.calls.flat().map(String).join('\n');
      expect(logged).toContain('DrizzleQueryError');
      expect(logged).toContain('22021');
      expect(logged).toContain('insert into "documents"');
      expect(logged).not.toContain('Vertraulicher');
      // The answer itself never carries the query either.
      expect(JSON.stringify(await res.json())).not.toContain('Vertraulicher');
    } finally {
      await database.close();
    }
  });

  it("logs Better Auth's failed queries the same way", async () => {
    const database = await target.open();
    try {
      const auth = createAuth({ db: database.db, secret: 'test-secret-test-secret-test', trustedProxies: [], signInPerMinute: 100 });
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      // The edge refuses a NUL in a name now; sent past it, the insert fails inside Better Auth.
      const failure = await createUser(database.db, auth, { name: 'Vertrauliche Person\u0000', email: 'nul@example.org', password: 'nul-secret-12', role: 'viewer' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(Error);
      const logged = log.mock.calls.flat().map(String).join('\n');
      expect(logged).toContain('22021');
      expect(logged).not.toContain('Vertrauliche');
      expect(logged).not.toContain('nul@example.org');
    } finally {
      await database.close();
    }
  });
});
