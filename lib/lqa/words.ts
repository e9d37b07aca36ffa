/** Word counts for LQA normalisation: how many words a text has, as translators and clients count them. */
import type { BaseLang } from '../lang';

// Joined without spaces, these make one word of their neighbours: "E-Mail-Adresse", "2024-05-01"
// (hyphen-minus, hyphen, non-breaking hyphen). Unicode word segmentation splits at them.
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const DIGIT_END = /\p{N}$/u;
const DIGIT_START = /^\p{N}/u;

const segmenters = new Map<BaseLang, Intl.Segmenter>();

function segmenter(lang: BaseLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/**
 * Counts words by Unicode word boundaries (UAX #29, tailored to `lang`), so "don't", "Xiaomi’s",
 * "1.000,50" and "3.5" are one word each; hyphenated compounds ("state-of-the-art") and clock
 * times ("10:30") count once; punctuation and symbols ("%", "€", "§") do not count. A German
 * suspended compound ("Kinder- und Jugendhilfe") counts each part, as it is written.
 */
export function countWords(text: string, lang: BaseLang): number {
  let count = 0;
  let previous: { end: number; segment: string } | undefined;
  const normalised = text.normalize('NFC');
  for (const part of segmenter(lang).segment(normalised)) {
    if (!part.isWordLike) continue;
    const gap = previous ? normalised.slice(previous.end, part.index) : '';
    const joined =
      previous !== undefined &&
      (HYPHENS.has(gap) || (gap === ':' && DIGIT_END.test(previous.segment) && DIGIT_START.test(part.segment)));
    if (!joined) count++;
    previous = { end: part.index + part.segment.length, segment: part.segment };
  }
  return count;
}
