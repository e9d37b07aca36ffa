/** Vitest hooks that run one fake LLM server per test file and reset it after each test. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeLlm, type FakeLlm } from './fake-llm';

/** Call at the top of a test file; the returned function gives the running fake inside tests. */
export function useFakeLlm(): () => FakeLlm {
  let fake: FakeLlm | undefined;
  beforeAll(async () => {
    fake = await startFakeLlm();
  });
  afterEach(() => {
    fake?.reset();
  });
  afterAll(async () => {
    await fake?.close();
  });
  return () => {
    if (!fake) throw new Error('The fake LLM runs only inside tests (after beforeAll).');
    return fake;
  };
}
