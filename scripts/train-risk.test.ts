import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('scripts/train-risk.ts', () => {
  // The shipped weights are generated: re-running the training on the development sets gives the same file byte
  // for byte. A check or a dev set that changed without re-training fails here.
  it('reproduces the committed lib/checks/risk/weights.json', () => {
    const run = () => execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/train-risk.ts', '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    let output = '';
    try {
      output = run();
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toContain('is what this script writes');
  }, 600_000);
});
