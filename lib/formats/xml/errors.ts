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
  return new FormatError(code satisfies FormatErrorCode, message);
}
