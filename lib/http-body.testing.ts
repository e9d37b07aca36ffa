/** Test bodies that count what is pulled from them: proof that a reader stopped at its limit instead of buffering everything. */
import { expect } from 'vitest';
import { DomainError } from './errors';

export interface CountingBody {
  stream: ReadableStream<Uint8Array>;
  /** Bytes handed out so far. */
  pulled(): number;
  cancelled(): boolean;
}

/** `total` bytes in chunks of `chunk` bytes, produced only when the reader asks (no read-ahead), after an optional `head`. */
export function countingBody(total: number, chunk = 64 * 1024, head = new Uint8Array(0), fill = 0x61): CountingBody {
  let sent = 0;
  let cancelled = false;
  const block = new Uint8Array(chunk).fill(fill);
  let headSent = head.length === 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!headSent) {
          headSent = true;
          sent += head.length;
          controller.enqueue(head);
          return;
        }
        const n = Math.min(chunk, total - sent);
        if (n <= 0) return controller.close();
        sent += n;
        controller.enqueue(n === chunk ? block.slice() : block.slice(0, n));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => sent, cancelled: () => cancelled };
}

/** The start of a multipart body whose file part then runs on (the counting body's bytes). */
export function multipartHead(boundary: string, fileName: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`);
}

/** The DomainError a body reader refused with (the test fails when it resolved or threw something else). */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}
