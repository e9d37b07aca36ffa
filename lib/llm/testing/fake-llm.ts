/** A local stand-in for an OpenAI-compatible chat completion server on 127.0.0.1, whose answers a test sets. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLlmRequest {
  method: string;
  path: string;
  /** The `Authorization` header as sent. */
  authorization: string | undefined;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
}

/** The assistant's content, fixed or computed from the request body. */
export type FakeLlmAnswer = string | ((body: unknown) => string);

export interface FakeLlm {
  /** Base URL including '/v1', to use as LLM_BASE_URL. */
  url: string;
  /** Every request in arrival order. */
  requests: FakeLlmRequest[];
  /** What the assistant answers from now on. Default '{"errors": []}'. */
  answer(content: FakeLlmAnswer): void;
  /** The next `times` requests are answered with `status` and an OpenAI-style error body. */
  failNext(status: number, message?: string, times?: number): void;
  /** The next `times` requests are never answered, so the client runs into its time-out. */
  hangNext(times?: number): void;
  /** While on, requests with `response_format` get the 400 servers without JSON mode answer. */
  rejectResponseFormat(on: boolean): void;
  /** Forgets requests, failures, hangs and the answer. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_ANSWER = '{"errors": []}';

export async function startFakeLlm(options: { port?: number } = {}): Promise<FakeLlm> {
  const requests: FakeLlmRequest[] = [];
  const failures: { status: number; message: string }[] = [];
  const hung = new Set<ServerResponse>();
  let hangs = 0;
  let noJsonMode = false;
  let answer: FakeLlmAnswer = DEFAULT_ANSWER;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization, body });

    if (url.pathname !== '/v1/chat/completions' || req.method !== 'POST') {
      return send(res, 404, { error: { message: `Unknown path ${url.pathname}` } });
    }
    if (hangs > 0) {
      hangs--;
      hung.add(res);
      res.once('close', () => hung.delete(res));
      return;
    }
    const failure = failures.shift();
    if (failure) return send(res, failure.status, { error: { message: failure.message } });
    if (typeof body !== 'object' || body === null) return send(res, 400, { error: { message: 'Body must be JSON.' } });
    if (noJsonMode && 'response_format' in body) {
      return send(res, 400, { error: { message: "Unrecognized request argument supplied: response_format" } });
    }
    const content = typeof answer === 'string' ? answer : answer(body);
    return send(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      model: 'model' in body ? body.model : undefined,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    answer(content) {
      answer = content;
    },
    failNext(status, message = `Fake failure ${status}`, times = 1) {
      for (let i = 0; i < times; i++) failures.push({ status, message });
    },
    hangNext(times = 1) {
      hangs += times;
    },
    rejectResponseFormat(on) {
      noJsonMode = on;
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
      hangs = 0;
      noJsonMode = false;
      answer = DEFAULT_ANSWER;
    },
    async close() {
      for (const res of hung) res.destroy();
      hung.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
}
