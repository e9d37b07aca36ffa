/** Domain errors are values with a code; lib/http.ts maps them to HTTP in one place. */

export type ErrorCode =
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'too-large'
  | 'unsupported-type'
  | 'forbidden'
  | 'unauthorized'
  | 'engine-failed'
  | 'engine-missing'
  | 'busy'
  | 'internal';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra data the client needs to act, e.g. the current segment in a conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not-found', `${what} was not found. It may have been deleted.`);
export const invalid = (message: string, details?: unknown) => new DomainError('invalid', message, details);
