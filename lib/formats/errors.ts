/** The error a format reader raises when it cannot take a file, with a message the user can act on. */
import { DomainError, type ErrorCode } from '../errors';

export type FormatErrorCode =
  | 'unsupported-type'
  | 'not-text'
  | 'empty'
  // .docx uploads and glossary files
  | 'not-docx'
  | 'zip-bomb'
  | 'encrypted'
  | 'too-large'
  | 'invalid-glossary'
  // XML-based bilingual files (XLIFF, TMX, TBX)
  | 'xml-dtd-refused'
  | 'xml-malformed'
  | 'xml-encoding'
  | 'tags-broken'
  | 'not-bilingual';

export class FormatError extends Error {
  constructor(
    readonly code: FormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }

  /** The domain error a route throws, so lib/http.ts answers 415, 413 or 400 with this message. */
  toDomainError(): DomainError {
    return new DomainError(DOMAIN_CODE[this.code] ?? 'unsupported-type', this.message, { formatError: this.code });
  }
}

/** Codes answered other than 415 Unsupported Media Type. */
const DOMAIN_CODE: Partial<Record<FormatErrorCode, ErrorCode>> = {
  empty: 'invalid',
  'invalid-glossary': 'invalid',
  'too-large': 'too-large',
  'zip-bomb': 'too-large',
  'xml-dtd-refused': 'invalid',
  'xml-malformed': 'invalid',
  'xml-encoding': 'invalid',
  'tags-broken': 'invalid',
  'not-bilingual': 'invalid',
};
