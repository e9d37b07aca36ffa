/** The production server's data directory: a second server on it is refused at start, the running one keeps serving. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openSample } from './helpers';

const PORT = Number(process.env.E2E_PORT ?? 3100);

test('a second npm start on the same DATA_DIR exits 1 with what to do, and the first server goes on serving', async ({ page }) => {
  // The e2e server's own directory (playwright.config.ts), reached through the same start script a user runs.
  const dataDir = path.resolve(`.e2e-data/${PORT}`);
  const second = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT + 50), LEKTORAT_SKIP_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  second.stdout.on('data', (d: Buffer) => (output += d.toString()));
  second.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      resolve(null);
    }, 45_000);
    second.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain('is in use by another Lektorat process');
  expect(output).toMatch(/Stop that server first \(kill \d+\), or give this one its own DATA_DIR/);
  expect(output).not.toContain('Lektorat is ready');

  // The first server and its data are untouched.
  const health = await page.request.get('/api/health');
  expect(health.status()).toBe(200);
  await openSample(page);
});
