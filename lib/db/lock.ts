/** An exclusive lock file beside a PGlite data directory, held for the process's life: a second process on it is refused. */
import fs from 'node:fs';
import os from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another live process holds the directory: its message says which and what to do. */
export class DirectoryLocked extends Error {
  override name = 'DirectoryLocked';
}

export interface DirectoryLock {
  readonly file: string;
  release(): void;
}

/** Lock files this process holds: a second open in the same process is refused like one from another process. */
const held = new Set<string>();

/** The lock file of a data directory: beside it, so that a copy of the directory never carries a lock. */
export function lockFileOf(dir: string): string {
  return `${dir.replace(/[\\/]+$/, '')}.lock`;
}

/** Who holds the lock of `dir`, if a live process does (a lock left by a dead process or before a reboot is stale). */
export function lockHolder(dir: string): LockHolder | null {
  const file = lockFileOf(dir);
  const holder = readHolder(file);
  return holder && !isStale(file, holder) ? holder : null;
}

/** Takes the lock of `dir`, taking over a stale one; throws with what to do when a live process holds it. */
export function lockDirectory(dir: string): DirectoryLock {
  const file = lockFileOf(dir);
  const mine: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeSynced(file, text, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(file);
      if (holder && !isStale(file, holder)) throw new DirectoryLocked(lockedMessage(dir, file, holder));
      takeOver(file, holder);
      continue;
    }
    held.add(file);
    const onExit = () => release();
    const release = () => {
      process.off('exit', onExit);
      held.delete(file);
      // Only our own lock: never one a later process took over.
      const now = readHolder(file);
      if (now?.pid === mine.pid && now.startedAt === mine.startedAt) fs.rmSync(file, { force: true });
    };
    process.on('exit', onExit);
    return { file, release };
  }
  throw new Error(`Could not take the lock ${file}: other processes keep taking it. Start one server at a time.`);
}

/** Writes a new owner-only file and syncs it before returning; `wx` fails with EEXIST when the file exists. */
export function writeSynced(file: string, data: string | Buffer, flag: 'w' | 'wx'): void {
  const fd = fs.openSync(file, flag, 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function lockedMessage(dir: string, file: string, h: LockHolder): string {
  return (
    `The database directory ${dir} is in use by another Lektorat process (pid ${h.pid} on ${h.host}, started ${h.startedAt}). ` +
    `Two processes on one directory destroy it. Stop that server first (kill ${h.pid}), or give this one its own DATA_DIR. ` +
    `If that process is certainly gone, delete ${file}.`
  );
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string') return value as LockHolder;
  } catch {
    // Missing, or half-written by a process that died while writing it: no holder.
  }
  return null;
}

/** A holder on another host cannot be checked and counts as live; here, a dead pid or a start before the last boot is stale. */
function isStale(file: string, h: LockHolder): boolean {
  if (h.host !== os.hostname()) return false;
  // After a container restart the same pid is likely ours: a lock we did not take is from an earlier life.
  if (h.pid === process.pid) return !held.has(file);
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Date.parse(h.startedAt) < bootedAt) return true;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves a stale lock aside (rename is atomic: of two processes taking over, one gets it) and checks it was
 * the stale one; a fresh lock taken meanwhile by another process is put back with link, which never overwrites.
 */
function takeOver(file: string, stale: LockHolder | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = readHolder(aside);
  const same = moved === stale || (moved && stale && moved.pid === stale.pid && moved.startedAt === stale.startedAt);
  if (!same) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Yet another process holds it now; the loop reads who.
    }
  }
  fs.rmSync(aside, { force: true });
}
