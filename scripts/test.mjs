#!/usr/bin/env node
// `npm test`: unit + integration (vitest), then end-to-end (Playwright in Chromium); prints one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test-reports');
mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function run(cmd, args) {
  console.log(`\n$ ${path.basename(cmd)} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitestJson = path.join(out, 'vitest.json');
const playwrightJson = path.join(out, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const e2eStatus = process.env.SKIP_E2E === '1' ? 0 : run(bin('playwright'), ['test']);

let passed = 0;
let failed = 0;
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests ?? 0;
  // A test file that fails to load counts once, even though none of its tests ran.
  failed += (v.numFailedTests ?? 0) || (v.numFailedTestSuites ?? 0);
} else if (unitStatus !== 0) {
  failed += 1;
}
const p = existsSync(playwrightJson) ? readJson(playwrightJson) : null;
if (p?.stats) {
  passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected ?? 0;
} else if (e2eStatus !== 0) {
  failed += 1;
}
if ((unitStatus !== 0 || e2eStatus !== 0) && failed === 0) failed = 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
