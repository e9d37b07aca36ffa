import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authSecret } from './secret';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lektorat-secret-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the generated auth secret', () => {
  it('is readable by the server user only, also one left readable by others, and stays the same', () => {
    const dir = path.join(root, 'data');
    const secret = authSecret(dir, undefined);
    const file = path.join(dir, 'auth-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o077).toBe(0);
    fs.chmodSync(file, 0o644);
    expect(authSecret(dir, undefined)).toBe(secret);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
