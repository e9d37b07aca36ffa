/** The DeepL Engine: deepl-node behind the Engine interface, with DeepL's failures turned into EngineErrors that say what to do. */
import {
  AuthorizationError,
  ConnectionError,
  DeepLClient,
  DeepLError,
  QuotaExceededError,
  TooManyRequestsError,
  type SourceLanguageCode,
  type TargetLanguageCode,
} from 'deepl-node';
import { baseLang, isSupportedPair, LANG_LABEL, type SourceLang, type TargetLang } from '../lang';
import { EngineError, type Engine, type TranslateRequest } from './engine';

export const DEEPL_MODEL_TYPES = ['quality_optimized', 'latency_optimized', 'prefer_quality_optimized'] as const;
export type DeepLModelType = (typeof DEEPL_MODEL_TYPES)[number];

export interface DeepLEngineOptions {
  authKey: string;
  /** Defaults to DeepL's Free or Pro server, chosen by deepl-node from the key (':fx' = Free). */
  serverUrl?: string;
  /** Omitted: DeepL picks its default model. */
  modelType?: DeepLModelType;
  /** Retries after a 429, a 5xx, a failed connection or a time-out; 0 = none. Default 3. */
  maxRetries?: number;
  /** Longest wait for one answer from DeepL. Default 30 000 ms. */
  timeoutMs?: number;
  /** Wait before the first retry, doubled for each further one. Default 1000 ms. */
  retryDelayMs?: number;
}

const SOURCE_CODE: Record<SourceLang, SourceLanguageCode> = { de: 'de', en: 'en' };
const TARGET_CODE: Record<TargetLang, TargetLanguageCode> = { de: 'de', 'en-US': 'en-US', 'en-GB': 'en-GB' };

export function createDeepLEngine(options: DeepLEngineOptions): Engine {
  const maxRetries = options.maxRetries ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const { modelType } = options;
  // deepl-node's own retry loop cannot be cancelled and keeps retrying after we gave up, so it
  // makes exactly one attempt (maxRetries 0) and the retries happen here, where the signal is honoured.
  const client = new DeepLClient(options.authKey, {
    ...(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
    maxRetries: 0,
    minTimeout: timeoutMs,
  });

  async function attempt(req: TranslateRequest, signal: AbortSignal | undefined): Promise<string[]> {
    const model = req.modelType ?? modelType;
    const work = client.translateText(req.texts, SOURCE_CODE[req.sourceLang], TARGET_CODE[req.targetLang], {
      ...(req.context === undefined || req.context === '' ? {} : { context: req.context }),
      ...(model === undefined ? {} : { modelType: model }),
      ...(req.formality === undefined ? {} : { formality: req.formality }),
      ...(req.glossaryId === undefined || req.glossaryId === '' ? {} : { glossary: req.glossaryId }),
    });
    const results = await withDeadline(work, timeoutMs, signal, () => timeoutError(timeoutMs, undefined));
    if (results.length !== req.texts.length) {
      throw new EngineError(
        'unknown',
        `DeepL answered ${results.length} translations for ${req.texts.length} texts. Try again; if it keeps happening, report it.`,
      );
    }
    return results.map((r) => r.text);
  }

  return {
    id: modelType === undefined ? 'deepl' : `deepl:${modelType}`,
    label: modelType === undefined ? 'DeepL' : `DeepL (${modelType.replace(/_/g, ' ')})`,
    ...(modelType === undefined ? {} : { modelType }),
    async translate(req, signal) {
      signal?.throwIfAborted();
      if (req.texts.length === 0) return [];
      if (!isSupportedPair(req.sourceLang, req.targetLang)) {
        throw new EngineError(
          'bad-request',
          `DeepL cannot translate ${LANG_LABEL[req.sourceLang]} into ${LANG_LABEL[req.targetLang]}. Choose a different target language.`,
        );
      }
      if (req.formality !== undefined && baseLang(req.targetLang) !== 'de') {
        // DeepL answers 400 here, which would read as a bug report request instead of saying why.
        throw new EngineError('bad-request', `DeepL has no formal or informal address for ${LANG_LABEL[req.targetLang]}.`);
      }
      for (let retry = 0; ; retry++) {
        try {
          return await attempt(req, signal);
        } catch (e) {
          if (signal?.aborted) throw signal.reason;
          const error = toEngineError(e, timeoutMs);
          // A lost answer is retried like a 429 or a 5xx: each attempt is bounded by timeoutMs and the retries by
          // maxRetries, so a request takes at most (maxRetries + 1) × timeoutMs plus the back-off.
          const transient = error.code === 'rate-limit' || error.code === 'unavailable' || error.code === 'timeout';
          if (!transient || retry >= maxRetries) throw error;
          await sleep(retryDelayMs * 2 ** retry, signal);
        }
      }
    },
  };
}

/** The DeepL engine configured by DEEPL_AUTH_KEY (+ DEEPL_SERVER_URL, DEEPL_MODEL_TYPE), or null when no key is set. */
export function engineFromEnv(env: Readonly<Record<string, string | undefined>>): Engine | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const serverUrl = env.DEEPL_SERVER_URL?.trim() || undefined;
  const modelType = env.DEEPL_MODEL_TYPE?.trim() || undefined;
  if (modelType !== undefined && !isModelType(modelType)) {
    throw new Error(`DEEPL_MODEL_TYPE must be one of ${DEEPL_MODEL_TYPES.join(', ')} (got '${modelType}').`);
  }
  return createDeepLEngine({
    authKey,
    ...(serverUrl === undefined ? {} : { serverUrl }),
    ...(modelType === undefined ? {} : { modelType }),
  });
}

function isModelType(value: string): value is DeepLModelType {
  return (DEEPL_MODEL_TYPES as readonly string[]).includes(value);
}

/** Turns what deepl-node throws into an EngineError; deepl-node keeps the HTTP status only in its messages. */
export function toEngineError(e: unknown, timeoutMs: number): EngineError {
  if (e instanceof EngineError) return e;
  const cause = { cause: e };
  if (e instanceof AuthorizationError) {
    return new EngineError('auth', 'DeepL rejected the API key (403). Check DEEPL_AUTH_KEY.', { ...cause, status: 403 });
  }
  if (e instanceof QuotaExceededError) {
    return new EngineError(
      'quota',
      'Your DeepL character quota is used up (456). Translation stopped; what was translated is kept. ' +
        'Resume when the quota renews or upgrade the plan.',
      { ...cause, status: 456 },
    );
  }
  if (e instanceof TooManyRequestsError) {
    return new EngineError(
      'rate-limit',
      'DeepL received too many requests (429). Wait a minute, then resume the translation; what was translated is kept.',
      { ...cause, status: 429 },
    );
  }
  if (e instanceof ConnectionError) {
    const axiosCode = (e.error as { code?: unknown } | undefined)?.code;
    if (axiosCode === 'ECONNABORTED' || axiosCode === 'ETIMEDOUT') return timeoutError(timeoutMs, e);
    return new EngineError(
      'unavailable',
      `Could not reach DeepL${typeof axiosCode === 'string' ? ` (${axiosCode})` : ''}. ` +
        'Check the network connection and DEEPL_SERVER_URL, then resume the translation.',
      cause,
    );
  }
  if (e instanceof DeepLError) {
    const status = statusOf(e.message);
    const detail = /, message: (.*?)(?:, detail: |, content: |$)/.exec(e.message)?.[1];
    if (status !== undefined && status >= 500) {
      return new EngineError(
        'unavailable',
        `DeepL is unavailable right now (${status}). Try again in a few minutes; what was translated is kept.`,
        { ...cause, status },
      );
    }
    if (status === 413) {
      return new EngineError('bad-request', 'A request to DeepL was too large (413). Split very long segments, then resume.', {
        ...cause,
        status,
      });
    }
    if (status === 404) {
      return new EngineError('bad-request', 'DeepL answered "not found" (404). Check DEEPL_SERVER_URL.', { ...cause, status });
    }
    if (status !== undefined && status >= 400) {
      return new EngineError(
        'bad-request',
        `DeepL refused the request (${status}${detail ? `: ${detail}` : ''}). This is likely a bug in Lektorat; please report it.`,
        { ...cause, status },
      );
    }
  }
  const what = e instanceof Error ? e.message : String(e);
  return new EngineError('unknown', `DeepL failed unexpectedly (${what}). Try again; if it keeps failing, check the server log.`, cause);
}

function timeoutError(timeoutMs: number, cause: unknown): EngineError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new EngineError(
    'timeout',
    `DeepL did not answer in time (${seconds} s). Try again in a few minutes; what was translated is kept.`,
    { cause },
  );
}

/** Reads the status from deepl-node's messages: 'Bad request…', 'Not found…', 'Service unavailable…', 'Unexpected status code: 502 …'. */
function statusOf(message: string): number | undefined {
  const unexpected = /^Unexpected status code: (\d{3})/.exec(message);
  if (unexpected) return Number(unexpected[1]);
  if (message.startsWith('Bad request')) return 400;
  if (message.startsWith('Not found')) return 404;
  if (message.startsWith('Service unavailable')) return 503;
  return undefined;
}

/** Settles with `work`, or rejects on time-out or abort without waiting for `work` (whose failure is then ignored). */
function withDeadline<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(() => reject(onTimeout())), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    function finish(settle: () => void) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
