/** Shared text utilities for the checks: word tokens with offsets, and German/English number forms. */
export {
  wordTokens,
  escapeRegExp,
  isSentenceStart,
  capitaliseLike,
  WORD_START,
  WORD_END,
  type WordToken,
} from './words';
export { readNumber, swapSeparators, formatNumber, valueKey, type NumberReading } from './numbers';
export { spanFinding } from './finding';
export { codeSpans, quotedSpans } from './code';
