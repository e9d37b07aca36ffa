import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './client';
import { documents } from './schema';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lektorat-fs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Every file and directory under `dir` (itself included) that group or others may read, write or enter. */
function notPrivate(dir: string): string[] {
  const found: string[] = [];
  const visit = (p: string) => {
    const st = fs.statSync(p);
    if (st.mode & 0o077) found.push(`${(st.mode & 0o777).toString(8)} ${path.relative(dir, p) || '.'}`);
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
  };
  visit(dir);
  return found;
}

describe('PGlite on a directory', () => {
  it('syncs a pg_wal file to disk for every committed transaction before the commit is acknowledged', async () => {
    const database = await openDatabase(path.join(root, 'durable'));
    try {
      const synced: string[] = [];
      const fsync = fs.fsyncSync;
      vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
        synced.push(fs.readlinkSync(`/proc/self/fd/${fd}`));
        fsync(fd);
      });
      const walSyncs = () => synced.filter((p) => p.includes(`${path.sep}pg_wal${path.sep}`)).length;
      for (let i = 0; i < 5; i++) {
        const before = walSyncs();
        await database.db.insert(documents).values({ title: `T${i}`, sourceLang: 'de', targetLang: 'en-US' });
        expect(walSyncs()).toBeGreaterThan(before);
      }
      // A transaction of several statements is synced once, at its commit.
      const before = walSyncs();
      await database.db.transaction(async (tx) => {
        await tx.insert(documents).values({ title: 'A', sourceLang: 'de', targetLang: 'en-US' });
        expect(walSyncs()).toBe(before);
        await tx.insert(documents).values({ title: 'B', sourceLang: 'de', targetLang: 'en-US' });
      });
      expect(walSyncs()).toBeGreaterThan(before);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('keeps every file and directory readable by the server user only, even under a permissive umask', async () => {
    const dir = path.join(root, 'private');
    // What an older version left: an open data directory.
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const database = await openDatabase(dir);
    try {
      for (let i = 0; i < 50; i++) await database.db.insert(documents).values({ title: `T${i}`, sourceLang: 'de', targetLang: 'en-US' });
      await database.db.execute('CHECKPOINT');
      await database.db.execute('CREATE TABLE scratch AS SELECT * FROM documents');
    } finally {
      await database.close();
    }
    expect(notPrivate(dir)).toEqual([]);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  }, 60_000);
});
