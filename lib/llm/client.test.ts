import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLlmClient, llmFromEnv, LlmError, type LlmClientOptions } from './client';
import { useFakeLlm } from './testing/use-fake-llm';

const fakeLlm = useFakeLlm();

function client(options: Partial<LlmClientOptions> = {}) {
  return createLlmClient({ baseUrl: fakeLlm().url, model: 'test-model', ...options });
}

const hello = [{ role: 'user', content: 'Hello' }] as const;

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('llmFromEnv', () => {
  it('needs a base URL and a model; the key is optional', () => {
    expect(llmFromEnv({})).toBeNull();
    expect(llmFromEnv({ LLM_BASE_URL: 'http://localhost:11434/v1' })).toBeNull();
    expect(llmFromEnv({ LLM_MODEL: 'qwen2.5' })).toBeNull();
    expect(llmFromEnv({ LLM_BASE_URL: ' http://localhost:11434/v1/ ', LLM_MODEL: 'qwen2.5 ' })).toMatchObject({
      baseUrl: 'http://localhost:11434/v1',
      model: 'qwen2.5',
    });
    expect(() => llmFromEnv({ LLM_BASE_URL: 'localhost:11434', LLM_MODEL: 'qwen2.5' })).toThrow(/LLM_BASE_URL/);
  });

  it('sends LLM_API_KEY as a bearer token', async () => {
    await llmFromEnv({ LLM_BASE_URL: fakeLlm().url, LLM_MODEL: 'm', LLM_API_KEY: 'sk-test' })!.chat([...hello]);
    await llmFromEnv({ LLM_BASE_URL: fakeLlm().url, LLM_MODEL: 'm' })!.chat([...hello]);
    expect(fakeLlm().requests.map((r) => r.authorization)).toEqual(['Bearer sk-test', undefined]);
  });
});

describe('createLlmClient', () => {
  it('posts the model, the messages, temperature 0 and JSON mode, and returns the content', async () => {
    fakeLlm().answer('{"ok": true}');
    expect(await client().chat([...hello])).toBe('{"ok": true}');
    expect(fakeLlm().requests).toEqual([
      {
        method: 'POST',
        path: '/v1/chat/completions',
        authorization: undefined,
        body: { model: 'test-model', messages: hello, temperature: 0, response_format: { type: 'json_object' } },
      },
    ]);
  });

  it('asks again without JSON mode when the server does not know it, and remembers that', async () => {
    fakeLlm().rejectResponseFormat(true);
    const llm = client();
    expect(await llm.chat([...hello])).toBe('{"errors": []}');
    await llm.chat([...hello]);
    const formats = fakeLlm().requests.map((r) => 'response_format' in (r.body as object));
    expect(formats).toEqual([true, false, false]);
  });

  it.each([
    [401, 'auth', 'The language model server rejected the API key (401). Check LLM_API_KEY.'],
    [403, 'auth', 'The language model server rejected the API key (403). Check LLM_API_KEY.'],
    [
      404,
      'not-found',
      "The language model server answered \"not found\" (404: model 'test-model' not found). Check LLM_BASE_URL",
    ],
    [429, 'rate-limit', 'The language model server received too many requests (429). Wait a minute, then try again.'],
    [500, 'unavailable', 'The language model server failed (500: boom). Try again later; if it keeps failing, check its log.'],
    [422, 'bad-request', 'The language model server refused the request (422: bad). Check LLM_MODEL'],
  ] as const)('turns %i into the code %s', async (status, code, message) => {
    const detail = { 401: 'no', 403: 'no', 404: "model 'test-model' not found", 429: 'slow down', 500: 'boom', 422: 'bad' }[status];
    fakeLlm().failNext(status, detail);
    const error = await failure(client().chat([...hello]));
    expect(error).toMatchObject({ code, status });
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.retryable).toBe(code === 'rate-limit' || code === 'unavailable');
  });

  it('gives up after the time-out', async () => {
    fakeLlm().hangNext();
    const error = await failure(client({ timeoutMs: 200 }).chat([...hello]));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('The language model did not answer within 0.2 s. Try again, or choose a smaller model.');
  });

  it('passes a caller abort on as such, not as a time-out', async () => {
    fakeLlm().hangNext();
    const controller = new AbortController();
    const pending = client().chat([...hello], { signal: controller.signal });
    controller.abort(new Error('stopped by the reviewer'));
    await expect(pending).rejects.toThrow('stopped by the reviewer');
  });

  it('reports a server that is not running and an answer that is not a chat completion', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = await failure(client({ baseUrl: `http://127.0.0.1:${port}/v1` }).chat([...hello]));
    expect(down.code).toBe('unavailable');
    expect(down.message).toContain('Check that it is running');

    const wrongPath = await failure(client({ baseUrl: fakeLlm().url.replace(/\/v1$/, '') }).chat([...hello]));
    expect(wrongPath.code).toBe('not-found');
  });
});
