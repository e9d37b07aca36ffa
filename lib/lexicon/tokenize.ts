/** Splits a sentence into word, number and punctuation tokens with their offsets, marking which carry content. */
import type { BaseLang } from '../lang';
import { isStopword } from './stopwords';

export interface Token {
  text: string;
  /** Half-open UTF-16 range in the sentence. */
  start: number;
  end: number;
  /** False for function words and punctuation. */
  content: boolean;
}

// Words keep inner apostrophes ("Xiaomi's"); numbers keep their separators ("1.000,50");
// hyphens split compounds ("Xiaomi-Smartphone") so each part can find its counterpart.
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// Symbols that stand for a word ("5 %" = "5 Prozent") count as content.
const CONTENT_SYMBOLS = new Set(['%', '€', '$', '£']);

export function tokenize(text: string, lang: BaseLang): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const lower = word.toLowerCase();
    const content = isWord ? !isStopword(lower, lang) && (word.length > 1 || /\p{N}/u.test(word)) : CONTENT_SYMBOLS.has(word);
    tokens.push({ text: word, start, end: start + word.length, content });
  }
  return tokens;
}
