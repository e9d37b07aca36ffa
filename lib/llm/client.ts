/** A minimal client for OpenAI-compatible chat completion servers (OpenAI, Ollama, llama.cpp, vLLM), with failures as LlmErrors that say what to do. */
import { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  signal?: AbortSignal;
  /** Longest wait for the whole answer; overrides the client's default. */
  timeoutMs?: number;
}

export interface LlmClient {
  readonly baseUrl: string;
  readonly model: string;
  /** The assistant's answer text; asks for a JSON object where the server supports that. */
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<string>;
}

export interface LlmClientOptions {
  /** Up to and including the API version, e.g. 'http://localhost:11434/v1'. */
  baseUrl: string;
  model: string;
  /** Local servers usually need none. */
  apiKey?: string;
  /** Default 60 000 ms: local models on a CPU are slow. */
  timeoutMs?: number;
}

export type LlmErrorCode = 'auth' | 'not-found' | 'rate-limit' | 'unavailable' | 'timeout' | 'bad-request' | 'bad-response';

/** Codes worth trying again later without changing anything. */
const RETRYABLE_CODES: ReadonlySet<LlmErrorCode> = new Set(['rate-limit', 'unavailable', 'timeout']);

/** A failed chat request; `message` is plain words for the UI and says what to do next. */
export class LlmError extends Error {
  readonly code: LlmErrorCode;
  readonly retryable: boolean;
  /** HTTP status of the server's answer, when there was one. */
  readonly status: number | undefined;

  constructor(code: LlmErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LlmError';
    this.code = code;
    this.retryable = RETRYABLE_CODES.has(code);
    this.status = options.status;
  }
}

const DEFAULT_TIMEOUT_MS = 60_000;

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullish() }) })).min(1),
});
const errorBodySchema = z.object({ error: z.union([z.string(), z.object({ message: z.string() })]) });

export function createLlmClient(options: LlmClientOptions): LlmClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const { model, apiKey } = options;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Learned once per client: servers without JSON mode answer 400, and asking again costs a round trip.
  let jsonMode = true;

  async function post(body: unknown, signal: AbortSignal): Promise<{ status: number; text: string }> {
    const response = await fetch(`${baseUrl}/chat/completions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(apiKey === undefined ? {} : { Authorization: `Bearer ${apiKey}` }),
      },
      body: JSON.stringify(body),
      signal,
    });
    return { status: response.status, text: await response.text() };
  }

  return {
    baseUrl,
    model,
    async chat(messages, chatOptions = {}) {
      const { signal } = chatOptions;
      signal?.throwIfAborted();
      const timeoutMs = chatOptions.timeoutMs ?? defaultTimeoutMs;
      const deadline = AbortSignal.timeout(timeoutMs);
      const combined = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
      const request = (json: boolean) => ({
        model,
        messages,
        temperature: 0,
        ...(json ? { response_format: { type: 'json_object' } } : {}),
      });

      try {
        let answer = await post(request(jsonMode), combined);
        if (answer.status === 400 && jsonMode && /response_format|json_object|json mode/i.test(answer.text)) {
          jsonMode = false;
          answer = await post(request(false), combined);
        }
        if (answer.status < 200 || answer.status >= 300) throw statusError(answer.status, answer.text, baseUrl, model);
        return contentOf(answer.text);
      } catch (e) {
        if (e instanceof LlmError) throw e;
        if (signal?.aborted) throw signal.reason;
        if (deadline.aborted) {
          throw new LlmError(
            'timeout',
            `The language model did not answer within ${Math.round(timeoutMs / 100) / 10} s. Try again, or choose a smaller model.`,
            { cause: e },
          );
        }
        throw new LlmError(
          'unavailable',
          `Could not reach the language model server at ${baseUrl}. Check that it is running and that LLM_BASE_URL is right.`,
          { cause: e },
        );
      }
    },
  };
}

/** The client configured by LLM_BASE_URL and LLM_MODEL (+ LLM_API_KEY), or null when either is missing. */
export function llmFromEnv(env: Readonly<Record<string, string | undefined>>): LlmClient | null {
  const baseUrl = env.LLM_BASE_URL?.trim();
  const model = env.LLM_MODEL?.trim();
  if (!baseUrl || !model) return null;
  if (!/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new Error(`LLM_BASE_URL must be an http(s) URL such as http://localhost:11434/v1 (got '${baseUrl}').`);
  }
  const apiKey = env.LLM_API_KEY?.trim() || undefined;
  return createLlmClient({ baseUrl, model, ...(apiKey === undefined ? {} : { apiKey }) });
}

function contentOf(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = completionSchema.safeParse(json);
  const content = parsed.success ? parsed.data.choices[0]?.message.content : undefined;
  if (content === undefined || content === null) {
    throw new LlmError(
      'bad-response',
      'The language model server answered in an unexpected format. Check that LLM_BASE_URL points at an OpenAI-compatible API (it usually ends in /v1).',
    );
  }
  return content;
}

function statusError(status: number, text: string, baseUrl: string, model: string): LlmError {
  const detail = errorDetail(text);
  if (status === 401 || status === 403) {
    return new LlmError('auth', `The language model server rejected the API key (${status}). Check LLM_API_KEY.`, { status });
  }
  if (status === 404) {
    return new LlmError(
      'not-found',
      `The language model server answered "not found" (404${detail ? `: ${detail}` : ''}). ` +
        `Check LLM_BASE_URL (${baseUrl}; it usually ends in /v1) and that the model '${model}' is installed.`,
      { status },
    );
  }
  if (status === 429) {
    return new LlmError('rate-limit', 'The language model server received too many requests (429). Wait a minute, then try again.', {
      status,
    });
  }
  if (status >= 500) {
    return new LlmError(
      'unavailable',
      `The language model server failed (${status}${detail ? `: ${detail}` : ''}). Try again later; if it keeps failing, check its log.`,
      { status },
    );
  }
  return new LlmError(
    'bad-request',
    `The language model server refused the request (${status}${detail ? `: ${detail}` : ''}). Check LLM_MODEL; if it keeps happening, report it.`,
    { status },
  );
}

/** The server's own explanation, from OpenAI's `{ error: { message } }` or a bare `{ error }`, cut short for the UI. */
function errorDetail(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { error } = parsed.data;
  const message = typeof error === 'string' ? error : error.message;
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
