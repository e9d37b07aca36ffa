/** A fixed set of worker threads with a bounded queue: CPU-heavy jobs run there, so the request thread keeps answering. */
import type { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../errors';

export interface JobRequest {
  id: number;
  task: string;
  input: unknown;
}

export type JobResult =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { message: string; stack?: string; domain?: { code: ErrorCode; details?: unknown } } };

export interface PoolOptions {
  /** Starts one worker; it posts `{ ready: true }` once it can take jobs, then answers each JobRequest with a JobResult. */
  spawn: () => Worker;
  size: number;
  /** Jobs waiting for a worker beyond this many are refused (503), instead of piling up without bound. */
  maxQueue: number;
}

/** The pool could not start a worker (missing entry file, a crash while loading): the caller may run the job itself. */
export class PoolUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoolUnavailable';
  }
}

interface Job {
  request: JobRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when a worker failed before it was ready: starting more would fail the same way. */
  private broken: PoolUnavailable | undefined;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.start();
  }

  /** Runs `task` with `input` in a worker; input and result are copied by structured clone. */
  run(task: string, input: unknown): Promise<unknown> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new PoolUnavailable('The worker pool is closed.'));
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new DomainError('busy', 'The server is busy checking other documents. Try again in a minute.'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task, input }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new PoolUnavailable('The worker pool was closed.');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    await Promise.all(
      [...this.slots].map((slot) => {
        slot.job?.reject(stopped);
        slot.job = undefined;
        return slot.worker.terminate();
      }),
    );
    this.slots.clear();
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = this.options.spawn();
    } catch (err) {
      this.fail(new PoolUnavailable(`The worker thread could not start: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
      return;
    }
    // An idle worker must not keep the process alive (a script that checked a document can exit); a busy one does.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (message: JobResult | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
      } else {
        const job = slot.job;
        slot.job = undefined;
        worker.unref();
        if (job && message.id === job.request.id) settle(job, message);
      }
      this.dispatch();
    });
    // 'error' (an uncaught exception, out of memory) is followed by 'exit'; the job is failed once, on whichever comes first.
    worker.on('error', (err) => this.lost(slot, err));
    worker.on('exit', (code) => this.lost(slot, new Error(`The worker thread exited with code ${code}.`)));
  }

  /** A worker died: its job fails with the reason (a crash is an error, never a hang) and a new worker takes its place. */
  private lost(slot: Slot, reason: Error): void {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    slot.job = undefined;
    if (this.closed) return;
    if (!slot.ready && !this.broken) this.fail(new PoolUnavailable(`The worker thread failed while starting: ${reason.message}`, { cause: reason }));
    if (this.broken) {
      job?.reject(this.broken);
      return;
    }
    job?.reject(new Error(`The worker thread stopped while running "${job.request.task}": ${reason.message}`, { cause: reason }));
    this.start();
    this.dispatch();
  }

  private fail(err: PoolUnavailable): void {
    this.broken = err;
    for (const job of this.queue.splice(0)) job.reject(err);
    for (const slot of this.slots) void slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
  }
}

function settle(job: Job, result: JobResult): void {
  if (result.ok) {
    job.resolve(result.value);
    return;
  }
  const { domain, message, stack } = result.error;
  if (domain) {
    job.reject(new DomainError(domain.code, message, domain.details));
    return;
  }
  const err = new Error(message);
  if (stack) err.stack = stack;
  job.reject(err);
}
