import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../errors';
import { PoolUnavailable, spawnCheckWorker, WorkerPool } from '.';
import { FormatError } from '../formats';
import { readBilingualResult, TASKS, type TaskOutput } from './tasks';

const samples = path.join(process.cwd(), 'data/samples');
const german = readFileSync(path.join(samples, 'xiaomi-leica.de.txt'), 'utf8');
const english = readFileSync(path.join(samples, 'xiaomi-leica.en.txt'), 'utf8');

/** The bundled sample as the checks see it: German sentences, each paired with the English sentence at its place. */
function sampleSegments() {
  const source = TASKS.segmentText({ text: german, lang: 'de', format: 'txt' }).flatMap((b) => b.sentences.map((s) => ({ s, paragraph: b.index })));
  const target = TASKS.segmentText({ text: english, lang: 'en', format: 'txt' }).flatMap((b) => b.sentences);
  return source.map((x, i) => ({ id: i + 1, paragraph: x.paragraph, source: x.s, target: target[i] ?? '' }));
}

const scripts: string[] = [];

/** A worker script written for one test: plain JavaScript, so it needs no compiler. */
function scriptWorker(body: string): () => Worker {
  const file = path.join(tmpdir(), `lektorat-worker-${process.pid}-${scripts.length}.mjs`);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  scripts.push(file);
  return () => new Worker(file);
}

const pools: WorkerPool[] = [];
function pool(spawn: () => Worker, size = 1, maxQueue = 8): WorkerPool {
  const p = new WorkerPool({ spawn, size, maxQueue });
  pools.push(p);
  return p;
}

let checks: WorkerPool | undefined;
/** One pool on the real worker entry for the tests that compare with the computation in process. */
const checkPool = () => (checks ??= pool(spawnCheckWorker));

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  for (const file of scripts) rmSync(file, { force: true });
});

describe('worker pool', () => {
  it('checks the bundled sample in a worker exactly as in process', { timeout: 120_000 }, async () => {
    const segments = sampleSegments();
    const input = { segments, ctx: { sourceLang: 'de' as const, targetLang: 'en' as const, glossary: [{ source: 'Umsatz', target: 'revenue', forbidden: ['sales'] }] } };
    const inWorker = await checkPool().run('checkDocument', input);
    const here = TASKS.checkDocument(input);
    expect(segments.length).toBeGreaterThan(10);
    expect([...here.values()].flat().length).toBeGreaterThan(0);
    expect(inWorker).toEqual(here);
  });

  it('segments a source in a worker exactly as in process', { timeout: 120_000 }, async () => {
    const input = { text: german, lang: 'de' as const, format: 'txt' as const };
    expect(await checkPool().run('segmentText', input)).toEqual(TASKS.segmentText(input));
  });

  it('parses an uploaded XLIFF in a worker exactly as in process, and a broken one keeps its FormatError code', { timeout: 120_000 }, async () => {
    const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), 'lib/formats/fixtures/sample-1.2.xlf')));
    const input = { format: 'xliff12' as const, bytes, maxBytes: 2_000_000 };
    // The pool hands back what the worker posted, untyped: the task's output type is what the worker returns.
    const parse = async (i: typeof input) => (await checkPool().run('readBilingual', i)) as TaskOutput<'readBilingual'>;
    const file = readBilingualResult(await parse(input));
    expect(file.units.length).toBeGreaterThan(0);
    expect(file).toEqual(readBilingualResult(TASKS.readBilingual(input)));
    const truncated = { ...input, bytes: bytes.slice(0, Math.floor(bytes.length / 2)) };
    const refused = await parse(truncated);
    expect(() => readBilingualResult(refused)).toThrow(FormatError);
    expect(refused).toMatchObject({ ok: false, code: 'xml-malformed' });
  });

  it('reports a worker that crashes during a job as an error, and keeps serving with a new worker', async () => {
    const p = pool(
      scriptWorker(`
        parentPort.on('message', ({ id, input }) => {
          if (input === 'crash') process.exit(3);
          parentPort.postMessage({ id, ok: true, value: input * 2 });
        });
        parentPort.postMessage({ ready: true });`),
    );
    await expect(p.run('double', 'crash')).rejects.toThrow(/stopped while running "double".*code 3/);
    await expect(p.run('double', 21)).resolves.toBe(42);
  });

  it('reports an exception thrown in a worker, with the domain error code kept', async () => {
    const p = pool(
      scriptWorker(`
        parentPort.on('message', ({ id, input }) => {
          if (input === 'domain') parentPort.postMessage({ id, ok: false, error: { message: 'No sentences.', domain: { code: 'invalid' } } });
          else parentPort.postMessage({ id, ok: false, error: { message: 'boom' } });
        });
        parentPort.postMessage({ ready: true });`),
    );
    const refused = await p.run('x', 'domain').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('invalid');
    await expect(p.run('x', 'other')).rejects.toThrow('boom');
  });

  it('fails the waiting jobs when no worker can start, so the caller can run them itself', async () => {
    const p = pool(() => new Worker(path.join(tmpdir(), 'lektorat-no-such-worker.mjs')));
    await expect(p.run('x', 1)).rejects.toBeInstanceOf(PoolUnavailable);
    await expect(p.run('x', 2)).rejects.toBeInstanceOf(PoolUnavailable);
  });

  it('refuses jobs beyond its queue bound with a busy error instead of queueing without limit', async () => {
    const p = pool(scriptWorker(`parentPort.on('message', () => {}); parentPort.postMessage({ ready: true });`), 1, 2);
    const pending = [p.run('hang', 1), p.run('hang', 2), p.run('hang', 3)];
    for (const job of pending) job.catch(() => {});
    await vi.waitFor(async () => {
      const refused = await p.run('hang', 4).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DomainError);
      expect((refused as DomainError).code).toBe('busy');
    });
  });
});
