/** The error a format reader raises when it cannot take a file, with a message the user can act on. */
import { DomainError } from '@/lib/errors';

export type FormatErrorCode = 'unsupported-type' | 'not-text' | 'empty';

export class FormatError extends Error {
  constructor(
    readonly code: FormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }

  /** The domain error a route throws, so lib/http.ts answers 415 or 400 with this message. */
  toDomainError(): DomainError {
    return new DomainError(this.code === 'empty' ? 'invalid' : 'unsupported-type', this.message, {
      formatError: this.code,
    });
  }
}
