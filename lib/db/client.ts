/** Opens the database: embedded PGlite under data/ by default, PostgreSQL when DATABASE_URL is set. */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDirectory } from './lock';
import { DurableNodeFS, durableStartParams, settleDirectory } from './pglite-fs';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** An open transaction on a Db: steps that must commit or roll back with their change take this. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite on a directory: the data directory as a gzipped tarball, a crash-consistent copy taken between queries. */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenOptions {
  /** A tarball from dumpDataDir to fill a new, empty PGlite directory with (restore). */
  loadDataDir?: Blob;
}

/** Extensions the migrations create (pg_trgm for the translation memory's trigram indexes); PostgreSQL ships them in contrib. */
const PGLITE_EXTENSIONS = { pg_trgm };

/** Where the generated migrations live; resolved from the working directory so bundling cannot move it. */
export function migrationsFolder(): string {
  return path.join(process.cwd(), 'lib/db/migrations');
}

/**
 * Opens and migrates a database.
 * `url`: a postgres:// URL, 'memory://' for a throw-away PGlite, or a directory for a file-backed PGlite.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server closes (restart, admin command) is an 'error' event on the pool;
    // unhandled it would crash the process. The pool replaces the connection on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL closed an idle connection: ${err.message}`));
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: migrationsFolder() });
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  if (url === 'memory://') {
    const client = new PGlite({ extensions: PGLITE_EXTENSIONS });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  return openDirectory(path.resolve(url), options);
}

/** A file-backed PGlite: locked for this process, owner-only, with commits synced to disk. */
async function openDirectory(dir: string, options: OpenOptions): Promise<Database> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const lock = lockDirectory(dir);
  let client: PGlite | undefined;
  try {
    const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
    client = new PGlite({ extensions: PGLITE_EXTENSIONS, fs: new DurableNodeFS(dir), startParams: durableStartParams, loadDataDir: options.loadDataDir });
    await client.waitReady;
    settleDirectory(dir, { sync: fresh });
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
    const opened = client;
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      async close() {
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
      async dumpDataDir() {
        // A checkpoint first (it waits for open transactions) so that a restore has little WAL to replay.
        await opened.query('CHECKPOINT');
        return opened.dumpDataDir('gzip');
      },
    };
  } catch (err) {
    await client?.close().catch(() => undefined);
    lock.release();
    throw err;
  }
}
