import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupPglite, backupPostgres, restorePglite, restorePostgres, serveBackups } from './backup';
import { openDatabase, type Database } from './client';
import { documents } from './schema';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lektorat-backup-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Saves documents one after another until stopped; `acked` holds the ids whose insert had returned. */
function saveStream(database: Database) {
  const acked: number[] = [];
  let stop = false;
  const done = (async () => {
    for (let i = 0; !stop; i++) {
      const [doc] = await database.db.insert(documents).values({ title: `Save ${i}`, sourceLang: 'de', targetLang: 'en-US' }).returning();
      acked.push(doc!.id);
      // Saves arrive as separate requests; PGlite answers in microtasks, so a bare loop would never let the backup run.
      await new Promise((r) => setImmediate(r));
    }
  })();
  return { acked, stop: () => ((stop = true), done) };
}

/** Lets the stream run until it has at least `n` acknowledged saves. */
async function until(acked: number[], n: number) {
  while (acked.length < n) await new Promise((r) => setTimeout(r, 5));
}

async function presentIds(database: Database, ids: number[]): Promise<number[]> {
  const rows = await database.db.select({ id: documents.id }).from(documents).where(inArray(documents.id, ids));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

describe('backup and restore on PGlite', () => {
  it('backs up a running server during saves; the restore into a fresh DATA_DIR holds every save acknowledged before', async () => {
    const dir = path.join(root, 'live', 'pglite');
    const file = path.join(root, 'live.tar.gz');
    const server = await openDatabase(dir);
    const socket = await serveBackups(server, dir);
    const stream = saveStream(server);
    let before: number[];
    try {
      await until(stream.acked, 20);
      before = [...stream.acked];
      // The server holds the lock, so this goes through its socket while saves go on.
      await backupPglite(dir, file);
      await until(stream.acked, before.length + 5);
    } finally {
      await stream.stop();
      socket.close();
    }
    // Restore is refused while the server holds its directory, and into a directory that is not empty.
    await expect(restorePglite(dir, file)).rejects.toThrow(/running on/);
    await server.close();
    await expect(restorePglite(dir, file)).rejects.toThrow(/not empty/);

    const fresh = path.join(root, 'fresh', 'pglite');
    await restorePglite(fresh, file);
    const restored = await openDatabase(fresh);
    try {
      expect(await presentIds(restored, before)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!pgUrl)('backup and restore on PostgreSQL', () => {
  const names: string[] = [];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const scratch = async () => {
    const name = `lektorat_backup_${process.pid}_${names.length}_${Math.random().toString(36).slice(2, 8)}`;
    await admin(`CREATE DATABASE ${name}`);
    names.push(name);
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  afterAll(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('pg_dump during saves; pg_restore into an empty database holds every save acknowledged before', async () => {
    const sourceUrl = await scratch();
    const file = path.join(root, 'pg.dump');
    const server = await openDatabase(sourceUrl);
    const stream = saveStream(server);
    let before: number[];
    try {
      await until(stream.acked, 20);
      before = [...stream.acked];
      backupPostgres(sourceUrl, file);
    } finally {
      await stream.stop();
      await server.close();
    }
    const targetUrl = await scratch();
    await restorePostgres(targetUrl, file);
    await expect(restorePostgres(targetUrl, file)).rejects.toThrow(/not empty/);
    const restored = await openDatabase(targetUrl);
    try {
      expect(await presentIds(restored, before)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);
});
