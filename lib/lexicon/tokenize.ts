/** Splits a sentence into word, number and punctuation tokens with their offsets, marking which carry content. */
import type { BaseLang } from '../lang';
import { DE_PARTICLES } from './morph';
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

const PARTICLES = new Set(DE_PARTICLES);

/** True for a word token (letters or digits), false for punctuation and symbols. */
export function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && /[\p{L}\p{N}]/u.test(token.text);
}

/** True for a German separable-verb particle closing its clause ("kündigte … an."): part of the verb, not a word of its own. */
export function isClauseFinalParticle(tokens: Token[], i: number, lang: BaseLang): boolean {
  const token = tokens[i];
  return lang === 'de' && token !== undefined && PARTICLES.has(token.text.toLowerCase()) && !isWordToken(tokens[i + 1]);
}

export function tokenize(text: string, lang: BaseLang): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index;
    const lower = word.toLowerCase();
    const content = /[\p{L}\p{N}]/u.test(word)
      ? !isStopword(lower, lang) && (word.length > 1 || /\p{N}/u.test(word))
      : CONTENT_SYMBOLS.has(word);
    tokens.push({ text: word, start, end: start + word.length, content });
  }
  tokens.forEach((t, i) => {
    if (t.content && isClauseFinalParticle(tokens, i, lang)) t.content = false;
  });
  return tokens;
}
