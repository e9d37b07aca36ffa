/** CPU-heavy work (whole-document checks, segmenting an import) off the request thread, in a pool of worker threads. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { env } from '../env';
import { PoolUnavailable, WorkerPool } from './pool';
import { TASKS, type TaskInput, type TaskName, type TaskOutput } from './tasks';

export { PoolUnavailable, WorkerPool, type PoolOptions } from './pool';
export { readBilingualResult, type TaskInput, type TaskName, type TaskOutput } from './tasks';

/** WORKER_THREADS, or one thread left to the request thread (on one core the pool still has one worker). */
function poolSize(): number {
  return env().WORKER_THREADS ?? Math.max(1, availableParallelism() - 1);
}

/** Whole-document jobs waiting beyond this are refused with 503: each holds a document's text in memory. */
const MAX_QUEUE = 32;

/**
 * Starts a worker on lib/workers/worker.ts. Inside Next.js (NEXT_RUNTIME is set) the entry is bundled: the
 * `new Worker(new URL(…, import.meta.url))` form is what Turbopack recognises as a worker entry. From the TypeScript
 * sources (vitest, tsx scripts) tsx loads it: Node 20 does not hand `--import` hooks on to worker threads.
 */
export function spawnCheckWorker(): Worker {
  if (!process.env.NEXT_RUNTIME) {
    // A string, not a URL object: Turbopack would copy a `new URL('./worker.ts')` into the build as a file.
    const entry = JSON.stringify(import.meta.url.replace(/index\.ts$/, 'worker.ts'));
    return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${entry}, ${entry}));`, { eval: true });
  }
  return new Worker(new URL('./worker.ts', import.meta.url));
}

// Kept on globalThis so dev-mode module reloads do not start a second pool.
const g = globalThis as unknown as { __lektoratPool?: WorkerPool; __lektoratPoolFailed?: boolean };

function pool(): WorkerPool | undefined {
  if (g.__lektoratPoolFailed) return undefined;
  const size = poolSize();
  if (size === 0) return undefined;
  g.__lektoratPool ??= new WorkerPool({ spawn: spawnCheckWorker, size, maxQueue: MAX_QUEUE });
  return g.__lektoratPool;
}

/**
 * Runs a task in the pool, or in process with WORKER_THREADS=0. When the pool cannot start (its entry file is
 * missing from a build, a worker dies while loading), the task runs here, on the request thread, after one log line.
 */
export async function runTask<N extends TaskName>(task: N, input: TaskInput<N>): Promise<TaskOutput<N>> {
  const workers = pool();
  if (workers) {
    try {
      return (await workers.run(task, input)) as TaskOutput<N>;
    } catch (err) {
      if (!(err instanceof PoolUnavailable)) throw err;
      g.__lektoratPoolFailed = true;
      console.error(`Worker threads are unavailable (${err.message}); checks and imports run on the request thread.`);
    }
  }
  return (TASKS[task] as (input: TaskInput<N>) => TaskOutput<N>)(input);
}
