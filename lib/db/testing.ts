/** Test databases: a fresh migrated PGlite in memory, and a fresh PostgreSQL database when TEST_DATABASE_URL is set. */
import pg from 'pg';
import { openDatabase, type Database } from './client';

export interface TestTarget {
  name: string;
  open(): Promise<Database>;
}

/** The databases every *.db.test.ts runs against: always PGlite, plus PostgreSQL when configured. */
export function testTargets(): TestTarget[] {
  const targets: TestTarget[] = [{ name: 'pglite', open: () => openDatabase('memory://') }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
  return targets;
}

/** Creates a uniquely named empty database on the server: its URL, and how to drop it (for tests whose child processes open it). */
export async function createScratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lektorat_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A scratch database, migrated, and dropped on close. */
async function openScratchPostgres(url: string): Promise<Database> {
  const scratch = await createScratchPostgres(url);
  const database = await openDatabase(scratch.url);
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
