/**
 * `npm run bench:ui`: the review screen's speed in Chromium on the bundled 16-segment sample and on long documents of
 * real man-page text. Starts the production server on a scratch data directory, drives /usr/bin/chromium, prints figures.
 *
 *   npx tsx scripts/bench-ui.ts [--segments 5000[,20000]] [--saves 50] [--port 3297] [--root <checkout>]
 *
 * --root measures another checkout's build (e.g. an export of main, for the figures before a change); its own
 * scripts/start.mjs builds it when needed. The browser-side measures only use selectors both versions have.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largeDocument } from '../e2e/large-document';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const PORT = Number(arg('port', '3297'));
const SAVES = Number(arg('saves', '50'));
const SIZES = arg('segments', '5000').split(',').map(Number);
const ROOT = path.resolve(arg('root', path.join(path.dirname(new URL(import.meta.url).pathname), '..')));
const BASE = `http://127.0.0.1:${PORT}`;
const KEYPRESSES = 40;
const SCROLL_FRAMES = 240;
/** Quiet time after the last long task before the page counts as interactive (as in Lighthouse's TTI). */
const QUIET_MS = 2000;

interface Figures {
  firstSegment: number;
  interactive: number;
  keyP50: number;
  keyP95: number;
  nextP95: number;
  scrollP95: number;
  heapMB: number;
  rows: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    // 20,000 segments are about 2.1 million characters; the default limit (1,000,000) is the product's, not the bench's.
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, MAX_SOURCE_CHARS: '3000000', SIGNIN_RATE_LIMIT: '1000', NEXT_TELEMETRY_DISABLED: '1', DEEPL_AUTH_KEY: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  server.stdout!.on('data', () => {});
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}) before it answered.`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
  }
  throw new Error('The server did not answer within 10 minutes.');
}

/** Records, from navigation on, when the first segment row appears and every long task. */
const PAGE_PROBES = () => {
  const w = window as unknown as { __bench: { firstSegment: number | null; longTasks: [number, number][] } };
  w.__bench = { firstSegment: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (w.__bench.firstSegment === null && document.querySelector('[data-testid="segment"] [data-testid="source"]')) w.__bench.firstSegment = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
};

async function openDocument(page: Page, id: number): Promise<{ firstSegment: number; interactive: number }> {
  await page.goto(`${BASE}/documents/${id}`);
  await page.getByTestId('segment').first().waitFor({ timeout: 120_000 });
  // Interactive: the end of the last long task once the main thread has been quiet for QUIET_MS.
  for (;;) {
    const { now, last, first } = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstSegment: number; longTasks: [number, number][] } }).__bench;
      return { now: performance.now(), last: Math.max(0, ...b.longTasks.map((t) => t[1])), first: b.firstSegment };
    });
    if (now - Math.max(last, first) >= QUIET_MS || now > 120_000) return { firstSegment: first, interactive: Math.max(first, last) };
    await page.waitForTimeout(250);
  }
}

/** Milliseconds from each keystroke's event to the animation frame after its input (the frame that paints it). */
async function keypresses(page: Page): Promise<number[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.getByTestId('segment').first().getByTestId('target').click();
  const box = page.getByLabel('Translation of segment 1');
  await box.waitFor();
  await box.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    let stamp = 0;
    document.addEventListener('keydown', (e) => (stamp = e.timeStamp), true);
    document.addEventListener('input', () => {
      const from = stamp;
      requestAnimationFrame(() => w.__keys.push(performance.now() - from));
    }, true);
  });
  for (let i = 0; i < KEYPRESSES; i++) {
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    await page.waitForFunction((n) => (window as unknown as { __keys: number[] }).__keys.length > n, i);
  }
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
}

/** Ctrl+Enter after a one-character edit: saves, and the time until the next segment's field has the keyboard. */
async function saves(page: Page, count: number, segments: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __next: number[]; __from: number };
    w.__next = [];
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.ctrlKey) w.__from = e.timeStamp;
    }, true);
    document.addEventListener('focusin', (e) => {
      if ((e.target as HTMLElement).tagName === 'TEXTAREA' && w.__from) {
        const from = w.__from;
        w.__from = 0;
        requestAnimationFrame(() => w.__next.push(performance.now() - from));
      }
    }, true);
  });
  let n = 1;
  for (let i = 0; i < count; i++) {
    if (n >= segments) {
      // Past the last segment: start again at the top.
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByTestId('segment').first().getByTestId('target').click();
      n = 1;
      await page.getByLabel('Translation of segment 1').waitFor();
    }
    await page.keyboard.press('End');
    await page.keyboard.type(i % 2 ? '.' : 'x');
    await page.keyboard.press('Control+Enter');
    n++;
    await page.getByLabel(`Translation of segment ${n}`).waitFor();
    await page.waitForFunction((k) => (window as unknown as { __next: number[] }).__next.length > k, i);
  }
  await page.keyboard.press('Escape');
  return page.evaluate(() => (window as unknown as { __next: number[] }).__next);
}

/** Frame-to-frame times while the page scrolls 120 px a frame. */
async function scrolling(page: Page): Promise<number[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(
    (frames) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        let last = performance.now();
        const step = (t: number) => {
          times.push(t - last);
          last = t;
          window.scrollBy(0, 120);
          if (times.length < frames) requestAnimationFrame(step);
          else resolve(times.slice(1));
        };
        requestAnimationFrame(step);
      }),
    SCROLL_FRAMES,
  );
}

async function measure(browser: Browser, storage: string, id: number, segments: number): Promise<Figures> {
  const context = await browser.newContext({ storageState: storage, viewport: { width: 1440, height: 900 } });
  // The version before virtualisation takes seconds per step on 5,000 segments.
  context.setDefaultTimeout(180_000);
  const page = await context.newPage();
  // tsx (esbuild) names inner functions with a __name helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(PAGE_PROBES);
  const opened = await openDocument(page, id);
  // Scrolling first, on the settled page, with the pointer over the grid (as when scrolling with the wheel).
  await page.mouse.move(500, 600);
  const scroll = await scrolling(page);
  const rows = await page.getByTestId('segment').count();
  const keys = await keypresses(page);
  const next = await saves(page, SAVES, segments);
  // Let the saves' refetches settle, then collect garbage before reading the heap.
  await page.waitForTimeout(3000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return {
    firstSegment: opened.firstSegment,
    interactive: opened.interactive,
    keyP50: quantile(keys, 0.5),
    keyP95: quantile(keys, 0.95),
    nextP95: quantile(next, 0.95),
    scrollP95: quantile(scroll, 0.95),
    heapMB: heap.usedSize / 1e6,
    rows,
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-bench-ui-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const admin = await browser.newContext();
  const setup = await admin.request.post(`${BASE}/api/setup`, { data: { name: 'Bench Admin', email: 'bench@example.org', password: 'bench-secret-1' }, headers: { origin: BASE } });
  if (!setup.ok()) throw new Error(`Setting up the admin failed: ${setup.status()} ${await setup.text()}`);
  const storage = path.join(dataDir, 'admin.json');
  await admin.storageState({ path: storage });
  const list = (await (await admin.request.get(`${BASE}/api/documents`)).json()) as { documents: { id: number; title: string; progress: { total: number } }[] };
  const sample = list.documents.find((d) => /Xiaomi/.test(d.title));
  if (!sample) throw new Error('The bundled sample document is missing.');
  const docs: { label: string; id: number; segments: number }[] = [{ label: `sample (${sample.progress.total})`, id: sample.id, segments: sample.progress.total }];
  for (const n of SIZES) {
    const doc = largeDocument(n);
    const res = await admin.request.post(`${BASE}/api/documents`, {
      data: { title: doc.title, sourceLang: 'de', targetLang: 'en-GB', text: doc.text, translation: { mode: 'provided', origin: 'pasted', targets: doc.targets } },
      headers: { origin: BASE },
      timeout: 600_000,
    });
    if (res.status() !== 201) throw new Error(`Importing ${n} segments failed: ${res.status()} ${(await res.text()).slice(0, 300)}`);
    docs.push({ label: `${n.toLocaleString('en')} segments`, id: ((await res.json()) as { document: { id: number } }).document.id, segments: n });
  }

  const results: Figures[] = [];
  for (const d of docs) {
    // The server's part of opening: the document and its findings as JSON (the findings are computed on first ask).
    for (const url of [`/api/documents/${d.id}`, `/api/documents/${d.id}/findings`, `/api/documents/${d.id}`]) {
      const t0 = performance.now();
      const res = await admin.request.get(`${BASE}${url}`, { timeout: 600_000 });
      const bytes = (await res.body()).length;
      console.error(`${d.label}: GET ${url} ${res.status()} ${(bytes / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
    }
    console.error(`measuring ${d.label}…`);
    results.push(await measure(browser, storage, d.id, d.segments));
  }
  const rows: [string, (f: Figures) => string, string][] = [
    ['first segment visible', (f) => `${f.firstSegment.toFixed(0)} ms`, '< 1500 ms'],
    ['interactive (last long task)', (f) => `${f.interactive.toFixed(0)} ms`, '< 2000 ms'],
    ['keypress to paint p50', (f) => `${f.keyP50.toFixed(1)} ms`, ''],
    ['keypress to paint p95', (f) => `${f.keyP95.toFixed(1)} ms`, '< 50 ms'],
    [`Ctrl+Enter to next focused p95 (${SAVES} saves)`, (f) => `${f.nextP95.toFixed(1)} ms`, '< 100 ms'],
    ['scrolling frame p95', (f) => `${f.scrollP95.toFixed(1)} ms`, '< 20 ms'],
    [`JS heap after ${SAVES} saves (after GC)`, (f) => `${f.heapMB.toFixed(0)} MB`, '< 150 MB'],
    ['segment rows in the DOM', (f) => String(f.rows), ''],
  ];
  await admin.close();
  const head = ['', ...docs.map((d) => d.label), 'target'];
  const table = [head, ...rows.map(([label, fmt, target]) => [label, ...results.map(fmt), target])];
  const widths = head.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  console.log(`Review screen in Chromium (${ROOT}):`);
  for (const r of table) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}
