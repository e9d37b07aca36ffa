/** Length check: a translation far shorter or longer than the source suggests an omission or an addition. */
import type { BaseLang } from '../lang';
import { isBlank } from '../segment/words';
import { ruleFinding } from './rules/catalogue';
import type { SegmentCheck, Severity } from './types';

/*
 * The model, from a few assumptions about German and English prose:
 * 1. German runs about 20 % longer than English in letters and digits (longer words and
 *    inflections outweigh fewer words), so ln(DE/EN) has a mean of ln 1.2 ≈ 0.18.
 * 2. Free translation choices alone spread that log-ratio by about 0.12 (±12 %) on long sentences.
 * 3. On top, each word's length varies independently, adding about 0.6/√n for a sentence of n
 *    words; n is estimated as letters / 6 of the source. Short segments are thus noisier.
 * The z-score is (ln(target/source) − expected) / √(0.12² + 0.36/n).
 */
const DE_EN_RATIO = 1.2;
const BASE_SPREAD = 0.12;
const WORD_NOISE = 0.6;
const LETTERS_PER_WORD = 6;
/** Under this many characters in the source, ratios are noise. */
const MIN_CHARS = 20;

const THRESHOLDS: [number, Severity][] = [
  [5, 'critical'],
  [3.5, 'major'],
  [2.5, 'minor'],
];

/** Letters and digits: spaces and punctuation say little about content. */
const letters = (text: string): number => {
  // Counted, not stripped (text.replace(/[^\p{L}\p{N}]+/gu, '').length): every segment is measured.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) n++;
      continue;
    }
    const point = text.codePointAt(i)!;
    const units = point > 0xffff ? 2 : 1;
    if (isLetterOrDigit(point)) n += units;
    i += units - 1;
  }
  return n;
};

const letterOrDigit = new Map<number, boolean>();
function isLetterOrDigit(point: number): boolean {
  let yes = letterOrDigit.get(point);
  if (yes === undefined) letterOrDigit.set(point, (yes = /[\p{L}\p{N}]/u.test(String.fromCodePoint(point))));
  return yes;
}

/** The z-score of a target length against the source, for a language pair. */
export function lengthZScore(source: string, target: string, from: BaseLang, to: BaseLang): number {
  const s = Math.max(letters(source), 1);
  const t = Math.max(letters(target), 1);
  const expected = from === to ? 0 : from === 'en' ? Math.log(DE_EN_RATIO) : -Math.log(DE_EN_RATIO);
  const n = Math.max(s / LETTERS_PER_WORD, 1);
  const spread = Math.sqrt(BASE_SPREAD ** 2 + WORD_NOISE ** 2 / n);
  return (Math.log(t / s) - expected) / spread;
}

export const lengthCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (isBlank(target) || source.trim().length < MIN_CHARS) return [];
  const z = lengthZScore(source, target, ctx.sourceLang, ctx.targetLang);
  const severity = THRESHOLDS.find(([limit]) => Math.abs(z) >= limit)?.[1];
  if (!severity) return [];
  const shorter = z < 0;
  const finding = ruleFinding(shorter ? 'length.shorter' : 'length.longer', {
    severity,
    sourceSpans: [{ start: 0, end: source.length }],
    targetSpans: [{ start: 0, end: target.length }],
    message: shorter
      ? `The translation is much shorter than expected (${letters(target)} letters for ${letters(source)} in the source); something may be missing.`
      : `The translation is much longer than expected (${letters(target)} letters for ${letters(source)} in the source); something may have been added.`,
  });
  return [finding];
};
