/** The worker thread's entry: loads the dictionaries once, then runs the tasks it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { warmUp } from '../checks';
import { DomainError } from '../errors';
import type { JobRequest, JobResult } from './pool';
import { TASKS, type TaskName } from './tasks';

const port = parentPort;
if (!port) throw new Error('lib/workers/worker.ts runs as a worker thread only.');

// The spellers and the lexicon take seconds to load: once per worker, before it takes work.
warmUp();

port.on('message', ({ id, task, input }: JobRequest) => {
  let result: JobResult;
  try {
    const run = TASKS[task as TaskName] as ((input: unknown) => unknown) | undefined;
    if (!run) throw new Error(`Unknown worker task "${task}".`);
    result = { id, ok: true, value: run(input) };
  } catch (err) {
    // Domain errors keep their code across the thread boundary; anything else travels as its message and stack.
    result =
      err instanceof DomainError
        ? { id, ok: false, error: { domain: { code: err.code, details: err.details }, message: err.message } }
        : { id, ok: false, error: { message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined } };
  }
  port.postMessage(result);
});
port.postMessage({ ready: true });
