/** Vitest hooks that run one fake DeepL per test file and reset it after each test. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeDeepL, type FakeDeepL, type FakeDeepLOptions } from './fake-deepl';

/** Call at the top of a test file; the returned function gives the running fake inside tests. */
export function useFakeDeepL(options?: FakeDeepLOptions): () => FakeDeepL {
  let fake: FakeDeepL | undefined;
  beforeAll(async () => {
    fake = await startFakeDeepL(options);
  });
  afterEach(() => {
    fake?.reset();
  });
  afterAll(async () => {
    await fake?.close();
  });
  return () => {
    if (!fake) throw new Error('The fake DeepL runs only inside tests (after beforeAll).');
    return fake;
  };
}
