/** Test helper: awaits a promise that must reject with an EngineError, and returns that error. */
import { expect } from 'vitest';
import { EngineError } from '../engine';

export async function engineFailure(promise: Promise<unknown>): Promise<EngineError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}
