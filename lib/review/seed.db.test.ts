import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { listDocuments, seedSample } from '.';
import { failWhen } from './testing/failing-statement';

const SAMPLES = path.join(process.cwd(), 'data/samples');

for (const target of testTargets()) {
  describe(`seeding the sample on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('stores the sample and its "seeded" marker together, so a failure neither keeps nor later doubles it', { timeout: 60_000 }, async () => {
      const restore = await failWhen(database.db, 'meta', `NEW.key = 'sample-seeded'`);
      try {
        await expect(seedSample(database.db, SAMPLES)).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await listDocuments(database.db)).toEqual([]);
      expect(await seedSample(database.db, SAMPLES)).toBe(true);
      expect(await seedSample(database.db, SAMPLES)).toBe(false);
      expect((await listDocuments(database.db)).filter((d) => d.provenance === 'bundled-sample')).toHaveLength(1);
    });
  });
}
