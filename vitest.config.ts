import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    // Database tests check documents in process: a worker per test file would load the dictionaries a second time.
    // lib/workers/pool.test.ts runs the checks in a worker thread and compares.
    env: { WORKER_THREADS: '0' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
