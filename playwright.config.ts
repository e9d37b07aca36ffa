import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEEPL_PORT = Number(process.env.E2E_DEEPL_PORT ?? 3199);
const LLM_PORT = Number(process.env.E2E_LLM_PORT ?? 3198);

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    // Debian's Chromium: Playwright's own browser download is not available here.
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...chromium } },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: {
        ...chromium,
        // Most specs act as the admin; role specs open contexts for the other accounts.
        storageState: `.auth/${PORT}/admin.json`,
      },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx lib/mt/testing/fake-deepl-cli.ts`,
      env: { FAKE_DEEPL_PORT: String(DEEPL_PORT) },
      port: DEEPL_PORT,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node_modules/.bin/tsx lib/llm/testing/fake-llm-cli.ts`,
      env: { FAKE_LLM_PORT: String(LLM_PORT) },
      port: LLM_PORT,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node scripts/e2e-server.mjs',
      env: {
        PORT: String(PORT),
        DATA_DIR: `.e2e-data/${PORT}`,
        DEEPL_AUTH_KEY: 'e2e-fake-key',
        DEEPL_SERVER_URL: `http://127.0.0.1:${DEEPL_PORT}`,
        LLM_BASE_URL: `http://127.0.0.1:${LLM_PORT}/v1`,
        LLM_MODEL: 'fake-mqm',
        // Many sign-ins from one address in a few minutes; the limit itself is tested in the integration tests.
        SIGNIN_RATE_LIMIT: '1000',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
});
