/** A database error is answered with the generic 500 and logged without the query's parameters, which hold user text. */
import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
