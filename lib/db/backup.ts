/** Backup and restore: a consistent copy of PGlite (from the running server over a private socket, or opened here), pg_dump/pg_restore on PostgreSQL. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './client';
import { lockHolder, writeSynced } from './lock';

/** The running server's backup socket: beside the directory like its lock, inside the private DATA_DIR. */
export function backupSocketOf(dir: string): string {
  return `${path.resolve(dir)}.backup.sock`;
}

/** Serves a fresh tarball of the database to every local connection on the backup socket (the server holds the lock). */
export async function serveBackups(database: Database, dir: string): Promise<net.Server> {
  const dump = database.dumpDataDir;
  if (!dump) throw new Error('Backups over the socket are for PGlite on a directory.');
  const socket = backupSocketOf(dir);
  // Left by a killed server; we hold the directory's lock, so nobody else serves it.
  fs.rmSync(socket, { force: true });
  const server = net.createServer((conn) => {
    conn.on('error', () => undefined);
    dump()
      .then(async (blob) => {
        const bytes = Buffer.from(await blob.arrayBuffer());
        conn.write(`${JSON.stringify({ ok: true, bytes: bytes.length })}\n`);
        conn.end(bytes);
      })
      .catch((err: Error) => {
        console.error('Backup failed:', err);
        conn.end(`${JSON.stringify({ ok: false, message: err.message })}\n`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  fs.chmodSync(socket, 0o600);
  server.unref();
  return server;
}

/** Asks the server holding `dir` for a backup over its socket. */
async function requestBackup(dir: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const conn = net.connect(backupSocketOf(dir));
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('end', resolve);
    conn.on('error', (err) =>
      reject(new Error(`The server holding ${dir} did not answer on ${backupSocketOf(dir)} (${err.message}). Is it a current version?`)),
    );
  });
  const all = Buffer.concat(chunks);
  const newline = all.indexOf(10);
  const head = JSON.parse(all.subarray(0, newline).toString('utf8')) as { ok: boolean; bytes?: number; message?: string };
  if (!head.ok) throw new Error(`The server could not make the backup: ${head.message}`);
  const body = all.subarray(newline + 1);
  if (body.length !== head.bytes) throw new Error(`The backup was cut off (${body.length} of ${head.bytes} bytes); try again.`);
  return body;
}

/** Writes a backup of the PGlite directory `dir` to `file`: from the running server, or opening the directory when none runs. */
export async function backupPglite(dir: string, file: string): Promise<void> {
  let bytes: Buffer;
  if (lockHolder(dir)) {
    bytes = await requestBackup(dir);
  } else {
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new Error(`There is no database in ${dir}: check DATA_DIR.`);
    const database = await openDatabase(dir);
    try {
      bytes = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    } finally {
      await database.close();
    }
  }
  writeWhole(file, bytes);
}

/** Fills the empty PGlite directory `dir` from a backup (`force` empties it first); refused while a process holds it. */
export async function restorePglite(dir: string, file: string, { force = false } = {}): Promise<void> {
  const bytes = fs.readFileSync(file);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new Error(`${file} is not a PGlite backup (a .tar.gz made by npm run backup).`);
  const holder = lockHolder(dir);
  if (holder) throw new Error(`A Lektorat process (pid ${holder.pid}) is running on ${dir}. Stop it before restoring.`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    if (!force) throw new Error(`${dir} is not empty. Restore into an empty DATA_DIR, or add --force to replace what is there.`);
    fs.rmSync(dir, { recursive: true });
  }
  // Opening also applies this version's migrations to the restored data.
  const database = await openDatabase(dir, { loadDataDir: new Blob([bytes]) });
  await database.close();
}

/** pg_dump in its custom format; pg_dump must be of the server's major version or newer. */
export function backupPostgres(url: string, file: string): void {
  run('pg_dump', ['--format=custom', `--file=${file}`, url]);
  fs.chmodSync(file, 0o600);
}

/** pg_restore into the database at `url`: refused when it already holds tables, unless `force` (then its objects are replaced). */
export async function restorePostgres(url: string, file: string, { force = false } = {}): Promise<void> {
  if (fileHead(file, 5).toString('latin1') !== 'PGDMP') throw new Error(`${file} is not a PostgreSQL backup (pg_dump's custom format).`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tables: number;
  try {
    const result = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    );
    tables = Number(result.rows[0]!.n);
  } finally {
    await client.end();
  }
  if (tables > 0 && !force) throw new Error('The database is not empty. Restore into an empty database, or add --force to replace its contents.');
  run('pg_restore', ['--no-owner', '--exit-on-error', ...(force ? ['--clean', '--if-exists'] : []), `--dbname=${url}`, file]);
  const database = await openDatabase(url);
  await database.close();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not be started (${result.error.message}); install the PostgreSQL client tools.`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}

/** The first bytes of a file, without reading the rest (a dump can be gigabytes). */
function fileHead(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, fs.readSync(fd, head, 0, length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a file whole or not at all: to a temporary name, synced, then renamed. */
function writeWhole(file: string, bytes: Buffer): void {
  const tmp = `${file}.partial`;
  writeSynced(tmp, bytes, 'w');
  fs.renameSync(tmp, file);
}
