import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { documents } from './schema';

const helper = path.join(import.meta.dirname, 'hold.testing.ts');
const children: ChildProcess[] = [];

/** Starts the helper on `dir`; resolves when it holds the database, or with its exit code and error output. */
function hold(dir: string): Promise<{ child: ChildProcess; open: boolean; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', helper, dir], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk) => {
      if (String(chunk).includes('open')) resolve({ child, open: true, code: null, stderr });
    });
    child.on('exit', (code) => resolve({ child, open: false, code, stderr }));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('one process per PGlite directory', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lektorat-lock-'));
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second process while the first holds the directory, and takes over once the first is killed', async () => {
    const dir = path.join(root, 'pglite');
    const first = await hold(dir);
    expect(first.open).toBe(true);

    const second = await hold(dir);
    expect(second.open).toBe(false);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by another Lektorat process (pid ${first.child.pid}`);
    expect(second.stderr).toContain('Stop that server first');
    // The same refusal inside one process (what the test runner is).
    await expect(openDatabase(dir)).rejects.toThrow(`pid ${first.child.pid}`);

    // SIGKILL leaves the lock file behind: it names a dead pid, so the next open takes it over.
    await killed(first.child);
    const database = await openDatabase(dir);
    try {
      const titles = (await database.db.select().from(documents)).map((d) => d.title);
      expect(titles).toEqual([`held by ${first.child.pid}`]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
