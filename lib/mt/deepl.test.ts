import { describe, expect, it } from 'vitest';
import { engineFailure } from './testing/engine-failure';
import { createDeepLEngine, engineFromEnv, type DeepLEngineOptions } from './deepl';
import type { TranslateRequest } from './engine';
import { startFakeDeepL } from './testing/fake-deepl';
import { useFakeDeepL } from './testing/use-fake-deepl';

const fakeDeepL = useFakeDeepL();

function engine(options: Partial<DeepLEngineOptions> = {}) {
  return createDeepLEngine({ authKey: 'test-key', serverUrl: fakeDeepL().url, maxRetries: 0, timeoutMs: 2000, ...options });
}

const request: TranslateRequest = { texts: ['Guten Morgen.', 'Wie geht es?'], sourceLang: 'de', targetLang: 'en-GB' };


describe('createDeepLEngine', () => {
  it('sends the texts, languages, context and model type the way DeepL expects them', async () => {
    const out = await engine({ modelType: 'quality_optimized' }).translate({
      ...request,
      context: 'Guten Morgen. Wie geht es?',
    });
    // The fake's pseudo-translation, not real DeepL output.
    expect(out).toEqual(['[EN-GB] Guten Morgen.', '[EN-GB] Wie geht es?']);
    const [sent] = fakeDeepL().requests;
    expect(sent).toMatchObject({
      method: 'POST',
      path: '/v2/translate',
      authKey: 'test-key',
      texts: request.texts,
      sourceLang: 'de',
      targetLang: 'en-GB',
      context: 'Guten Morgen. Wie geht es?',
      modelType: 'quality_optimized',
    });
  });

  it('maps the language pairs DE→EN-US and EN→DE', async () => {
    await engine().translate({ texts: ['Hallo.'], sourceLang: 'de', targetLang: 'en-US' });
    await engine().translate({ texts: ['Hello.'], sourceLang: 'en', targetLang: 'de' });
    expect(fakeDeepL().requests.map((r) => [r.sourceLang, r.targetLang])).toEqual([
      ['de', 'en-US'],
      ['en', 'de'],
    ]);
    expect(fakeDeepL().requests[0]!.context).toBeUndefined();
    expect(fakeDeepL().requests[0]!.modelType).toBeUndefined();
  });

  it('names itself after the model type, which is part of the memory key', () => {
    expect(engine().id).toBe('deepl');
    expect(engine({ modelType: 'quality_optimized' })).toMatchObject({
      id: 'deepl:quality_optimized',
      label: 'DeepL (quality optimized)',
    });
  });

  it('lets a request choose the model type and the formality, without changing the id', async () => {
    const quality = engine({ modelType: 'quality_optimized' });
    expect(quality.modelType).toBe('quality_optimized');
    expect(engine().modelType).toBeUndefined();
    await quality.translate({ texts: ['Hello.'], sourceLang: 'en', targetLang: 'de', modelType: 'latency_optimized', formality: 'less' });
    await quality.translate({ texts: ['Hello.'], sourceLang: 'en', targetLang: 'de' });
    expect(fakeDeepL().requests.map((r) => [r.modelType, r.formality])).toEqual([
      ['latency_optimized', 'less'],
      ['quality_optimized', undefined],
    ]);
    expect(quality.id).toBe('deepl:quality_optimized');
  });

  it('refuses formality for English targets before asking DeepL', async () => {
    const error = await engineFailure(engine().translate({ ...request, formality: 'more' }));
    expect(error.code).toBe('bad-request');
    expect(error.message).toBe('DeepL has no formal or informal address for English (UK).');
    expect(fakeDeepL().requests).toHaveLength(0);
  });

  it('sends nothing for no texts and refuses a pair DeepL cannot do', async () => {
    expect(await engine().translate({ ...request, texts: [] })).toEqual([]);
    const error = await engineFailure(engine().translate({ ...request, targetLang: 'de' }));
    expect(error.code).toBe('bad-request');
    expect(error.message).toBe('DeepL cannot translate German into German. Choose a different target language.');
    expect(fakeDeepL().requests).toHaveLength(0);
  });

  it.each([
    [403, 'auth', false, 'DeepL rejected the API key (403). Check DEEPL_AUTH_KEY.'],
    [
      456,
      'quota',
      false,
      'Your DeepL character quota is used up (456). Translation stopped; what was translated is kept. Resume when the quota renews or upgrade the plan.',
    ],
    [
      429,
      'rate-limit',
      true,
      'DeepL received too many requests (429). Wait a minute, then resume the translation; what was translated is kept.',
    ],
    [500, 'unavailable', true, 'DeepL is unavailable right now (500). Try again in a few minutes; what was translated is kept.'],
    [503, 'unavailable', true, 'DeepL is unavailable right now (503). Try again in a few minutes; what was translated is kept.'],
    [502, 'unavailable', true, 'DeepL is unavailable right now (502). Try again in a few minutes; what was translated is kept.'],
    [413, 'bad-request', false, 'A request to DeepL was too large (413). Split very long segments, then resume.'],
    [404, 'bad-request', false, 'DeepL answered "not found" (404). Check DEEPL_SERVER_URL.'],
  ] as const)('turns a %i answer into EngineError %s', async (status, code, retryable, message) => {
    fakeDeepL().failNext(status);
    const error = await engineFailure(engine().translate(request));
    expect({ code: error.code, retryable: error.retryable, status: error.status, message: error.message }).toEqual({
      code,
      retryable,
      status,
      message,
    });
    expect(fakeDeepL().requests).toHaveLength(1);
  });

  it('includes DeepL’s reason in a 400', async () => {
    fakeDeepL().failNext(400);
    const error = await engineFailure(engine().translate(request));
    expect(error.message).toBe('DeepL refused the request (400: Bad request). This is likely a bug in Lektorat; please report it.');
  });

  it('reports a 429 only after the retries are used up', async () => {
    fakeDeepL().failNext(429, 3);
    const error = await engineFailure(engine({ maxRetries: 2, retryDelayMs: 10 }).translate(request));
    expect(error.code).toBe('rate-limit');
    expect(fakeDeepL().requests.map((r) => r.status)).toEqual([429, 429, 429]);
  });

  it('retries a 503 and succeeds when DeepL is back', async () => {
    fakeDeepL().failNext(503);
    const out = await engine({ maxRetries: 1, retryDelayMs: 10 }).translate(request);
    expect(out).toHaveLength(2);
    expect(fakeDeepL().requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('does not retry what retrying cannot fix', async () => {
    // A retry would get through, as only one failure is queued.
    fakeDeepL().failNext(456);
    await engineFailure(engine({ maxRetries: 2, retryDelayMs: 10 }).translate(request));
    expect(fakeDeepL().requests).toHaveLength(1);
  });

  it('gives up with a time-out when DeepL does not answer', async () => {
    fakeDeepL().hangNext();
    const error = await engineFailure(engine({ timeoutMs: 150 }).translate(request));
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error.message).toBe('DeepL did not answer in time (0.2 s). Try again in a few minutes; what was translated is kept.');
  });

  it('retries a lost answer (time-out) with back-off, and gives up after the retries', async () => {
    fakeDeepL().hangNext();
    expect(await engine({ timeoutMs: 150, maxRetries: 1, retryDelayMs: 10 }).translate(request)).toHaveLength(2);
    fakeDeepL().reset();
    fakeDeepL().hangNext(5);
    const error = await engineFailure(engine({ timeoutMs: 150, maxRetries: 2, retryDelayMs: 10 }).translate(request));
    expect(error.code).toBe('timeout');
    // Three attempts, each bounded by the time-out: not one attempt, and not for ever.
    expect(fakeDeepL().requests.length).toBe(3);
  });

  it('says so when DeepL cannot be reached', async () => {
    const closed = await startFakeDeepL();
    const url = closed.url;
    await closed.close();
    const error = await engineFailure(createDeepLEngine({ authKey: 'k', serverUrl: url, maxRetries: 0 }).translate(request));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(
      'Could not reach DeepL (ECONNREFUSED). Check the network connection and DEEPL_SERVER_URL, then resume the translation.',
    );
  });

  it('stops at once when the caller aborts', async () => {
    fakeDeepL().hangNext();
    const controller = new AbortController();
    const pending = engine({ timeoutMs: 5000 }).translate(request, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('engineFromEnv', () => {
  it('returns null without a key', () => {
    expect(engineFromEnv({})).toBeNull();
    expect(engineFromEnv({ DEEPL_AUTH_KEY: '  ' })).toBeNull();
  });

  it('builds the engine from DEEPL_AUTH_KEY, DEEPL_SERVER_URL and DEEPL_MODEL_TYPE', async () => {
    const fromEnv = engineFromEnv({
      DEEPL_AUTH_KEY: 'env-key',
      DEEPL_SERVER_URL: fakeDeepL().url,
      DEEPL_MODEL_TYPE: 'latency_optimized',
    });
    expect(fromEnv?.id).toBe('deepl:latency_optimized');
    await fromEnv!.translate(request);
    expect(fakeDeepL().requests[0]).toMatchObject({ authKey: 'env-key', modelType: 'latency_optimized' });
  });

  it('rejects an unknown model type with the allowed values', () => {
    expect(() => engineFromEnv({ DEEPL_AUTH_KEY: 'k', DEEPL_MODEL_TYPE: 'fast' })).toThrow(
      "DEEPL_MODEL_TYPE must be one of quality_optimized, latency_optimized, prefer_quality_optimized (got 'fast').",
    );
  });
});
