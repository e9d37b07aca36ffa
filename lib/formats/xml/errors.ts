/** The error codes of the XML-based bilingual formats (XLIFF, TMX) and the one way to raise them. */
import { FormatError, type FormatErrorCode } from '../errors';

export type BilingualErrorCode =
  | 'xml-dtd-refused'
  | 'xml-malformed'
  | 'xml-encoding'
  | 'too-large'
  | 'tags-broken'
  | 'not-bilingual';

export function bilingualError(code: BilingualErrorCode, message: string): FormatError {
  // errors.ts is shared with other formats; until these codes are listed in FormatErrorCode there,
  // the cast keeps the runtime code exact (the union only widens, so it stays sound afterwards).
  return new FormatError(code as FormatErrorCode, message);
}
