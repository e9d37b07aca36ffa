/** Splits a text into word, number and punctuation tokens with offsets, marking sentence starts; English clitics become tokens of their own. */
import type { BaseLang } from '../lang';
import { closedClass } from './closed';

export interface RawToken {
  text: string;
  start: number;
  end: number;
  /** Lowercase, curly apostrophe straightened: the key every look-up uses. */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  sentenceStart: boolean;
}

// Numbers keep their separators ("1.000,50", "10:30"); words keep inner hyphens and apostrophes ("century-old", "O'Brien").
const TOKEN = /(\p{N}+(?:[.,:/]\p{N}+)*)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
const NOT = /^(.+)(n['’]t)$/i;
const CLITIC = /^(.+)(['’](?:s|re|ve|ll|d|m))$/i;

const lowerOf = (text: string) => text.toLowerCase().replace(/’/g, "'");

function push(out: RawToken[], text: string, start: number, kind: RawToken['kind']): void {
  out.push({ text, start, end: start + text.length, lower: lowerOf(text), kind, sentenceStart: false });
}

export function tokenize(text: string, lang: BaseLang): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    if (m[1] !== undefined) push(out, m[0], at, 'number');
    else if (m[2] !== undefined) {
      const split = lang === 'en' ? (NOT.exec(m[0]) ?? CLITIC.exec(m[0])) : null;
      if (split) {
        push(out, split[1]!, at, 'word');
        push(out, split[2]!, at + split[1]!.length, 'word');
      } else push(out, m[0], at, 'word');
    } else push(out, m[0], at, 'punct');
  }
  markSentenceStarts(out, lang);
  return out;
}

/** The first word of the text and the first word after a sentence-final mark (quotes and brackets between are skipped) start a sentence. */
function markSentenceStarts(tokens: RawToken[], lang: BaseLang): void {
  const abbreviations = closedClass(lang).abbreviations;
  let expecting = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') {
      if (expecting) t.sentenceStart = true;
      expecting = false;
      continue;
    }
    if (t.text === '!' || t.text === '?' || t.text === '…') expecting = true;
    else if (t.text === '.') {
      const before = tokens[i - 1];
      // "Nr. 5", "am 1. Juli", "z. B.", "Dr. Müller": a period after a number, a single letter or an abbreviation ends nothing.
      const ends = before === undefined || (before.kind === 'word' && before.text.length > 1 && !abbreviations.has(before.lower)) || before.kind === 'punct';
      const next = tokens[i + 1];
      if (ends && (next === undefined || !/^\p{Ll}/u.test(next.text))) expecting = true;
    } else if (t.text === ':' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) expecting = true;
  }
}

export const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
export const isAllCaps = (text: string): boolean => text.length > 1 && /^[\p{Lu}\p{N}-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
