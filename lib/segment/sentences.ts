/** Sentence splitting for German and English: ICU's segmenter, with its known false boundaries repaired. */
import type { BaseLang } from '../lang';
import { LANGUAGE_DATA, type LanguageData } from './abbreviations';
import { continuedQuoteMask } from './quotes';

// Intl.Segmenter construction loads ICU break rules; one instance per language is reused across calls.
const segmenters = new Map<BaseLang, Intl.Segmenter>();

function segmenterFor(lang: BaseLang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// A single no-break or thin space is kept: it binds "8,5 %" or "z. B." on purpose. Any other run becomes one space.
const KEPT_SPACE = /^[\u00a0\u2007\u2009\u202f]$/;

/** Collapses whitespace runs (line breaks included) to one space without touching the words. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, (run) => (KEPT_SPACE.test(run) ? run : ' ')).trim();
}

/**
 * Splits one paragraph into sentences. Line breaks count as spaces; sentences come back trimmed, with
 * whitespace collapsed, and joining them with single spaces gives the collapsed paragraph back.
 */
export function splitSentences(text: string, lang: BaseLang): string[] {
  const normal = collapseWhitespace(text);
  if (normal === '') return [];
  const data = LANGUAGE_DATA[lang];
  const quoted = continuedQuoteMask(normal);
  const sentences: string[] = [];
  // ICU segments are contiguous: the sentence so far is the text from `start` to the boundary being judged.
  let start = 0;
  for (const { segment, index } of icuSegments(normal, segmenterFor(lang))) {
    if (index === 0 || quoted[index] === 1) continue;
    if (isSentenceEnd(normal.slice(Math.max(start, index - TAIL), index), index - start > TAIL, segment, data)) {
      sentences.push(normal.slice(start, index).trim());
      start = index;
    }
  }
  const last = normal.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}

// A boundary is judged by the last few words before it: a long run of rejected boundaries (Dr. Dr. Dr. …)
// must not be split into words again at every boundary, which made such text quadratic.
const TAIL = 256;

// V8's segment iterator slows down sharply on long strings, so ICU sees windows of text instead. A boundary is
// only taken when enough text follows it inside the window for ICU's look-ahead to have judged it as on the whole.
const WINDOW = 2048;
const LOOKAHEAD = 256;

/** ICU's sentence segments of `text`, as if segmented in one piece (its rules look only a little ahead), in linear time. */
function* icuSegments(text: string, segmenter: Intl.Segmenter): Generator<{ segment: string; index: number }> {
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const window = text.slice(start, start + size);
    const isLast = start + size >= text.length;
    let taken = 0;
    for (const { segment, index } of segmenter.segment(window)) {
      // Windows start at a boundary, so the text before them never changes ICU's decisions.
      if (!isLast && index + segment.length > window.length - LOOKAHEAD) break;
      yield { segment, index: start + index };
      taken = index + segment.length;
    }
    // A sentence longer than the window: look again with a wider one.
    size = taken === 0 ? size * 2 : WINDOW;
    start += taken;
  }
}

/** Joins sentences back into one paragraph, the inverse of `splitSentences` for export. */
export function joinSentences(sentences: string[]): string {
  return sentences
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
    .join(' ');
}

const OPENING_PUNCTUATION = /^[(\[{„‚»«“‘"'¿¡]+/u;
const CLOSING_PUNCTUATION = /[)\]}.,;:!?»«“”‘’"']+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const ORDINAL = /^\d{1,3}\.$|^\d{1,2}\.\d{1,2}\.$/;
const LIST_START = /^(?:\d{1,3}|\p{L}|[IVXLC]{1,5})\.$/u;
const NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether ICU's boundary between `left` (the end of the sentence so far, with its trailing space; `cut` when the
 * sentence begins before it) and `right` (the next ICU segment) is a real sentence end. Each rule below undoes
 * one kind of wrong split ICU makes without language data.
 */
function isSentenceEnd(left: string, cut: boolean, right: string, data: LanguageData): boolean {
  // A boundary inside a token is a URL, e-mail address or version number ("example.com/a?b=1").
  if (!/\s$/.test(left)) return false;

  const next = firstWord(right);
  // "Really?" she asked. / „Wirklich?“ fragte sie. — a lowercase word continues the sentence ("iPhone" does not).
  if (/^\p{Ll}/u.test(next) && !/\p{Lu}/u.test(next)) return false;

  const tokens = left.trim().split(/\s+/);
  // The first word of a cut sentence end may be cut too.
  if (cut) tokens.shift();
  const last = tokens.at(-1) ?? '';
  const before = tokens.at(-2) ?? '';
  // A lone list number or initial ("1.", "J.") is never a sentence of its own.
  if (!cut && tokens.length === 1 && LIST_START.test(last)) return false;

  const nextBare = stripPunctuation(right.trimStart().split(/\s/, 1)[0] ?? '');
  const startsWithDigit = /^\d/.test(right.trimStart());
  const startsSentence = data.starters.has(nextBare.toLowerCase());

  // "z." + "B." — the boundary falls inside a spaced multi-part abbreviation.
  const nextToken = right.trimStart().split(/\s/, 1)[0] ?? '';
  if (last.endsWith('.') && nextToken.endsWith('.') && abbreviationKind(last + nextToken, data)) return false;

  switch (trailingAbbreviation(tokens, data)) {
    case 'always':
      return false;
    case 'number':
      if (startsWithDigit) return false;
      break;
    case 'noun':
      if (startsWithDigit || !startsSentence) return false;
      break;
    default:
  }

  // German ordinals and dates: "am 1. Juli", "der 3. Platz", "im 19. Jahrhundert", "am 24.12. Geburtstag".
  if (ORDINAL.test(last)) {
    if (data.months.has(nextToken.toLowerCase()) || data.months.has(nextBare.toLowerCase())) return false;
    if (data.ordinalContext.has(stripPunctuation(before).toLowerCase()) && !startsSentence) return false;
  }

  // Initials: "J. R. R. Tolkien", "John F. Kennedy" — but "Plan B. Dann …" ends.
  if (INITIAL.test(stripOpening(last))) {
    if (INITIAL.test(nextToken)) return false;
    if ((INITIAL.test(before) || NAME.test(stripOpening(before))) && !startsSentence) return false;
  }
  return true;
}

/** The kind of the abbreviation that `tokens` end with, trying spaced multi-part forms ("z. B.") first. */
function trailingAbbreviation(tokens: readonly string[], data: LanguageData) {
  for (let count = Math.min(3, tokens.length); count >= 1; count--) {
    const tail = tokens.slice(tokens.length - count);
    // Only parts that each end with a period can form one abbreviation: "u. a." but not "ging er."
    if (count > 1 && !tail.every((part) => part.endsWith('.'))) continue;
    const kind = abbreviationKind(stripOpening(tail.join('')), data);
    if (kind) return kind;
  }
  return undefined;
}

function abbreviationKind(candidate: string, data: LanguageData) {
  const exact = data.abbreviations.get(candidate);
  if (exact) return exact;
  // "Vgl." at the start of a sentence is still "vgl."; "No." must not match a lowercase "no.".
  const lowered = candidate.charAt(0).toLowerCase() + candidate.slice(1);
  return lowered !== candidate ? data.abbreviations.get(lowered) : undefined;
}

function firstWord(text: string): string {
  return stripOpening(text.trimStart()).split(/[\s.,;:!?)\]]/, 1)[0] ?? '';
}

function stripOpening(token: string): string {
  return token.replace(OPENING_PUNCTUATION, '');
}

function stripPunctuation(token: string): string {
  return stripOpening(token).replace(CLOSING_PUNCTUATION, '');
}
