/**
 * Word scanning by character class, without regular expressions: the checks split every text into words
 * several times, and a loop over a class table is about twice as fast as a Unicode regex and allocates no
 * match arrays. Each scanner is equivalent to the regular expression named in its comment (tested so).
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
const SPACE = 8;

function classOf(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\s/u.test(ch) ? SPACE : 0);
}

/**
 * Classes of the Basic Multilingual Plane, from the engine's own Unicode tables: built when the module loads
 * (~30 ms), so the scanners read a constant instead of asking for it at every character.
 */
const BMP = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) table[c] = classOf(String.fromCharCode(c));
  return table;
})();

/**
 * The class bits of the code point at `i`, shifted left by two, plus its length in UTF-16 units (1 or 2);
 * 0 past the end. A lone surrogate is a code point of no class, as in a `u` regular expression.
 */
function codePointAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (BMP[c]! << 2) | 1;
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (classOf(text.slice(i, i + 2)) << 2) | 2;
  }
  return 1;
}

/**
 * The class bits (LETTER, MARK, NUMBER) of the code point that starts at `i`, shifted left by two, plus its
 * length in UTF-16 units (1 or 2); 0 past the end.
 */
export const classAt: (text: string, i: number) => number = codePointAt;

/** The class bits of the code point that ends just before `i` (0 at the start): what a lookbehind for it sees. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return codePointAt(text, i - 2) >> 2;
  }
  return codePointAt(text, i - 1) >> 2;
}

/** True for a UTF-16 unit that is white space by itself (`/\s/u` on one character; a surrogate never is). */
export function isSpaceUnit(unit: number): boolean {
  return (unit < 0xd800 || unit > 0xdfff) && (BMP[unit]! & SPACE) !== 0;
}

/** Length of the code point at `i` when its class is one of `classes`, else 0. */
function run(text: string, i: number, classes: number): number {
  const cp = codePointAt(text, i);
  return (cp >> 2) & classes ? cp & 3 : 0;
}

/** Index after a run of code points of `classes` starting at `i`. */
function runEnd(text: string, i: number, classes: number): number {
  for (let n = run(text, i, classes); n > 0; n = run(text, i, classes)) i += n;
  return i;
}

/** Index after a number starting at `i`, with inner . , : separators ("1.000,50", "18:30"). */
function numberEnd(text: string, i: number): number {
  i = runEnd(text, i, NUMBER);
  for (let c = text.charCodeAt(i); (c === 0x2e || c === 0x2c || c === 0x3a) && run(text, i + 1, NUMBER) > 0; c = text.charCodeAt(i)) {
    i = runEnd(text, i + 1, NUMBER);
  }
  return i;
}

const isJoiner = (c: number, withHyphen: boolean) => c === 0x27 || c === 0x2019 || (withHyphen && c === 0x2d);

/** End of the span that the last next… scanner call found (its start is what the call returned). */
let foundEnd = 0;
export const lastEnd = (): number => foundEnd;

/**
 * The first word at or after `from`: its start, or -1 when there is none, and its end in lastEnd(). A word is a run
 * of `classes` joined by an apostrophe or a hyphen between two such runs. The scanners come in this form so that
 * a tokeniser walks a text without a spans array per text (read lastEnd() at once: the next call overwrites it):
 * `for (let start = nextWord(t, 0, c), end = lastEnd(); start >= 0; start = nextWord(t, end, c), end = lastEnd()) …`.
 */
export function nextWord(text: string, from: number, classes: number): number {
  let i = from;
  while (i < text.length) {
    const first = run(text, i, classes);
    if (first === 0) {
      i += codePointAt(text, i) & 3;
      continue;
    }
    const start = i;
    i = runEnd(text, i + first, classes);
    while (isJoiner(text.charCodeAt(i), true) && run(text, i + 1, classes) > 0) i = runEnd(text, i + 1, classes);
    foundEnd = i;
    return start;
  }
  return -1;
}

/** All spans of a scanner as [start, end, start, end, …]: the form the tests compare with the regular expressions. */
function allSpans(text: string, next: (text: string, from: number) => number): number[] {
  const spans: number[] = [];
  for (let start = next(text, 0); start >= 0; start = next(text, foundEnd)) spans.push(start, foundEnd);
  return spans;
}

/**
 * Words as [start, end, start, end, …] (nextWord). With LETTER | MARK | NUMBER it is
 * `[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*` (flags gu), with LETTER | MARK it is `[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*`.
 */
export function wordSpans(text: string, classes: number): number[] {
  return allSpans(text, (t, from) => nextWord(t, from, classes));
}

/**
 * The next lexicon token at or after `from` (start, or -1; end in lastEnd()): a number with inner separators, a
 * word (letters, marks and digits, with an apostrophe ending: Xiaomi's), or any other single character but white
 * space.
 */
export function nextLexiconToken(text: string, from: number): number {
  const word = LETTER | MARK | NUMBER;
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const cls = cp >> 2;
    const start = i;
    if (cls & NUMBER) {
      i = numberEnd(text, i);
    } else if (cls & word) {
      i = runEnd(text, i, word);
      while (isJoiner(text.charCodeAt(i), false) && run(text, i + 1, LETTER) > 0) i = runEnd(text, i + 1, LETTER);
    } else {
      i += cp & 3;
      if (cls & SPACE) continue;
    }
    foundEnd = i;
    return start;
  }
  return -1;
}

/**
 * The lexicon's tokens as [start, end, …] (nextLexiconToken) — that is
 * `\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]` (flags gu).
 */
export function lexiconTokenSpans(text: string): number[] {
  return allSpans(text, nextLexiconToken);
}

const QUOTE_CHARS = new Set([0x201e, 0x201c, 0x201d, 0x22, 0xbb, 0xab]); // „ “ ” " » «
const END_CHARS = new Set([0x2e, 0x21, 0x3f]); // . ! ?
const PUNCT_CHARS = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x5b, 0x5d, 0x2013, 0x2014, 0x2f, 0x2d]); // , ; : ( ) [ ] – — / -

/**
 * The next grammar-check token at or after `from` (start, or -1; end in lastEnd()): a word starting with a
 * letter, with hyphenated and slashed compounds kept whole ("Xiaomi-CEO", "Kamera-/Objektivhersteller") and a
 * dangling hyphen ("Kamera- und …"); a number with inner separators; a quotation mark; a run of . ! ?; an
 * ellipsis; or one punctuation mark.
 */
export function nextSentenceToken(text: string, from: number): number {
  const word = LETTER | MARK | NUMBER;
  const inner = LETTER | NUMBER;
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const cls = cp >> 2;
    const c = text.charCodeAt(i);
    const start = i;
    if (cls & LETTER) {
      i = runEnd(text, i + (cp & 3), word);
      for (;;) {
        const j = text.charCodeAt(i);
        if (j === 0x2d) {
          if (text.charCodeAt(i + 1) === 0x2f && run(text, i + 2, inner) > 0) i = runEnd(text, i + 2, inner);
          else if (run(text, i + 1, inner) > 0) i = runEnd(text, i + 1, inner);
          else {
            i++; // the dangling hyphen
            break;
          }
        } else if ((j === 0x2f || j === 0x27 || j === 0x2019) && run(text, i + 1, inner) > 0) i = runEnd(text, i + 1, inner);
        else break;
      }
    } else if (cls & NUMBER) {
      i = numberEnd(text, i);
    } else if (END_CHARS.has(c)) {
      while (END_CHARS.has(text.charCodeAt(i))) i++;
    } else if (QUOTE_CHARS.has(c) || PUNCT_CHARS.has(c) || c === 0x2026) {
      i++;
    } else {
      i += cp & 3;
      continue;
    }
    foundEnd = i;
    return start;
  }
  return -1;
}

/**
 * The grammar checks' tokens as [start, end, …] (nextSentenceToken) — that is
 * `\p{L}[\p{L}\p{M}\p{N}]*(?:(?:-\/?|\/|['’])[\p{L}\p{N}]+)*-?|\p{N}+(?:[.,:]\p{N}+)*|[„“”"»«]|[.!?]+|…|[,;:()[\]–—/-]` (flags gu).
 */
export function sentenceTokenSpans(text: string): number[] {
  return allSpans(text, nextSentenceToken);
}

/**
 * White space collapsed to single spaces and trimmed — `text.replace(/\s+/gu, ' ').trim()` — without a regular
 * expression when only the ends need trimming (nearly every segment).
 */
export function collapseSpace(text: string): string {
  // trim() removes exactly what `\s` matches; what is left needs work only for a run or a space other than U+0020.
  const trimmed = text.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 0x20 ? isSpaceUnit(trimmed.charCodeAt(i + 1)) : isSpaceUnit(c)) return trimmed.replace(/\s+/gu, ' ');
  }
  return trimmed;
}

/** True for a text of white space only, or empty — `text.trim() === ''` — deciding at the first character for nearly every text. */
export function isBlank(text: string): boolean {
  return text.length === 0 || (isSpaceUnit(text.charCodeAt(0)) && text.trim() === '');
}
