#!/usr/bin/env node
// `npm start`: builds when the sources changed since the last build, then serves; the server migrates and seeds on start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = process.env.PORT ?? '3000';
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ['app', 'components', 'lib', 'public', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
  return inputs.some((p) => newestMtime(path.join(root, p)) > built);
}

if (process.env.LEKTORAT_SKIP_BUILD !== '1' && needsBuild()) {
  console.log('Building Lektorat (first start or sources changed)…');
  const build = spawnSync(bin('next'), ['build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, [path.join(root, 'scripts/server.mjs')], { cwd: root, stdio: 'inherit', env: { ...env, PORT: port, NODE_ENV: 'production' } });
let stopping = false;
// Set when the start-up check fails: the server is then stopped with SIGTERM and exits 0, but `npm start` has failed.
let failed = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
// The server exits by itself when it cannot open its database (it printed why): so does `npm start`, non-zero.
server.on('exit', (code) => process.exit(failed ? 1 : (code ?? (stopping ? 0 : 1))));

// The server opens the database before it answers; this asks once it listens, which also loads the checks' dictionaries.
for (let i = 0; i < 120; i++) {
  await new Promise((r) => setTimeout(r, 500));
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) {
      console.log(`Lektorat is ready on http://localhost:${port}`);
      break;
    }
    console.error(`Start-up check failed, stopping: ${(await res.text()).slice(0, 500)}`);
    failed = true;
    server.kill('SIGTERM');
    break;
  } catch {
    // not listening yet
  }
}
