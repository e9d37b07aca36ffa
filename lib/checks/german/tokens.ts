/** Splits a segment into word, number and punctuation tokens with offsets, and into sentences. */
import { lastEnd, nextSentenceToken } from '../../segment/words';

export type TokenKind = 'word' | 'number' | 'quote' | 'end' | 'punct';

export interface Token {
  text: string;
  /** Lowercase text, for the word lists. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an uppercase letter. */
  cap: boolean;
}

const QUOTES = new Set(['„', '“', '”', '"', '»', '«']);

// Memoised per word and per text: garbled and consistency read the same texts, and words repeat. Bounded.
const WORD_LIMIT = 20_000;
const TEXT_LIMIT = 20_000;
const wordCache = new Map<string, { text: string; kind: TokenKind; lower: string; cap: boolean }>();
const textCache = new Map<string, Token[]>();

function classify(t: string): { text: string; kind: TokenKind; lower: string; cap: boolean } {
  let c = wordCache.get(t);
  if (c === undefined) {
    const first = t.charAt(0);
    const kind: TokenKind = QUOTES.has(t)
      ? 'quote'
      : /[.!?]/.test(first)
        ? 'end'
        : /\p{L}/u.test(first)
          ? 'word'
          : /\p{N}/u.test(first)
            ? 'number'
            : 'punct';
    const lower = t.toLowerCase();
    c = { text: t, kind, lower, cap: first !== lower.charAt(0) };
    if (wordCache.size >= WORD_LIMIT) wordCache.clear();
    wordCache.set(t, c);
  }
  return c;
}

/** The tokens of a text; the array is shared between callers, who must not change it. */
export function tokenize(text: string): Token[] {
  const cached = textCache.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  // Hyphenated and slashed compounds stay one word ("Xiaomi-CEO", "Kamera-/Objektivhersteller"), so does a
  // dangling hyphen ("Kamera- und …"); a number keeps its decimal or time separator.
  for (let start = nextSentenceToken(text, 0), end = lastEnd(); start >= 0; start = nextSentenceToken(text, end), end = lastEnd()) {
    // The word's shared string, not this slice: cached token lists then hold fewer objects.
    const { text: word, kind, lower, cap } = classify(text.slice(start, end));
    tokens.push({ text: word, lower, start, end, kind, cap });
  }
  if (textCache.size >= TEXT_LIMIT) textCache.clear();
  textCache.set(text, tokens);
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'z b d h u a bzw ca nr dr prof usw etc vgl mio mrd inkl evtl ggf sog jh str tel abs bspw max min mr mrs ms st vs no e g i'.split(
    ' ',
  ),
);

export const isCapitalised = (t: Token): boolean => t.kind === 'word' && t.cap;

/** The segment's sentences as token ranges [from, to), each including its final punctuation if any. */
export function sentences(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'end') continue;
    const prev = tokens[i - 1];
    // "am 5. März", "z. B.": an ordinal or abbreviation, not a sentence end.
    if (t.text === '.' && prev && (prev.kind === 'number' || ABBREVIATIONS.has(prev.lower))) continue;
    let to = i + 1;
    while (tokens[to]?.kind === 'quote' && tokens[to]!.start === tokens[to - 1]!.end) to++;
    const next = tokens[to];
    if (next && !(next.kind === 'word' && isCapitalised(next)) && next.kind !== 'quote' && next.kind !== 'number') continue;
    out.push([from, to]);
    from = to;
    i = to - 1;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}
