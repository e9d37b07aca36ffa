/** Word tokens with their UTF-16 offsets, and the small text helpers the checks build on. */
import { LETTER, MARK, isSpaceUnit, lastEnd, nextWord } from '../../segment/words';

export interface WordToken {
  text: string;
  /** Lower-case text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
}

/**
 * The words of a text, in order; digits and punctuation are not words. Letters joined by inner apostrophes
 * or hyphens stay one word: don't, E-Mail, twenty-one.
 */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  const classes = LETTER | MARK;
  for (let start = nextWord(text, 0, classes), end = lastEnd(); start >= 0; start = nextWord(text, end, classes), end = lastEnd()) {
    const { text: word, lower } = spelling(text.slice(start, end));
    out.push({ text: word, lower, start, end });
  }
  return out;
}

// A word's string and its lower case, one pair per distinct word (bounded): words repeat, and a lower case
// made for every occurrence was garbage for the collector to sweep.
const SPELLINGS_LIMIT = 20_000;
const spellings = new Map<string, { text: string; lower: string }>();

function spelling(word: string): { text: string; lower: string } {
  let found = spellings.get(word);
  if (found === undefined) {
    found = { text: word, lower: word.toLowerCase() };
    if (spellings.size >= SPELLINGS_LIMIT) spellings.clear();
    spellings.set(word, found);
  }
  return found;
}

/** Lookarounds that stand in for \b, which does not know umlauts or ß. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const units = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPENING = units('"\'„“”‚‘’»«([{–—-');
const SENTENCE_END = units('.!?:…');

/** True when only white space and opening quotes or brackets stand between the text start or a . ! ? : and `index`. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  for (let c = text.charCodeAt(i); i >= 0 && (OPENING.has(c) || isSpaceUnit(c)); c = text.charCodeAt(i)) i--;
  return i < 0 || SENTENCE_END.has(text.charCodeAt(i));
}

/** The replacement spelled with a capital when the text it replaces starts a sentence with one. */
export function capitaliseLike(replacement: string, original: string, atSentenceStart: boolean): string {
  const first = original.charAt(0);
  if (atSentenceStart && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
