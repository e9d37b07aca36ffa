/** Splits a sentence into word, number and punctuation tokens with their offsets, marking which carry content. */
import type { BaseLang } from '../lang';
import { lastEnd, nextLexiconToken } from '../segment/words';
import type { WordInfo } from './align';
import type { Lexicon } from './lookup';
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

// Symbols that stand for a word ("5 %" = "5 Prozent") count as content.
const CONTENT_SYMBOLS = new Set(['%', '€', '$', '£']);

const PARTICLES = new Set(DE_PARTICLES);

/** True for a word token (letters or digits), false for punctuation and symbols. */
export function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && /[\p{L}\p{N}]/u.test(token.text);
}

/** What tokenising needs to know about one word, the same wherever it occurs. */
export interface WordFacts {
  /** The word itself, shared by its tokens (one string per distinct word, not a slice per token). */
  text: string;
  content: boolean;
  /** A German separable-verb particle ("an", "zurück"), lowercase. */
  particle: boolean;
  word: boolean;
  /**
   * Alignment's reading of the word as a function word [0] and as a content word [1] (`null`: none), kept
   * here so that one look-up per token serves both; valid for `lexicon` only.
   */
  info?: [WordInfo | null | undefined, WordInfo | null | undefined];
  lexicon?: Lexicon;
}

// Memoised per word: documents repeat their words, and every segment is tokenised on each check run.
const FACTS_LIMIT = 50_000;
const factsCache: Record<BaseLang, Map<string, WordFacts>> = { de: new Map(), en: new Map() };

function facts(word: string, lang: BaseLang): WordFacts {
  const cache = factsCache[lang];
  let f = cache.get(word);
  if (f === undefined) {
    const lower = word.toLowerCase();
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const content = isWord ? !isStopword(lower, lang) && (word.length > 1 || /\p{N}/u.test(word)) : CONTENT_SYMBOLS.has(word);
    f = { text: word, content, particle: PARTICLES.has(lower), word: isWord };
    if (cache.size >= FACTS_LIMIT) cache.clear();
    cache.set(word, f);
  }
  return f;
}

export function tokenize(text: string, lang: BaseLang): Token[] {
  return tokenizeWithFacts(text, lang).tokens;
}

/** The tokens and, index for index, the facts of their words (shared objects: only alignment writes its memo into them). */
export function tokenizeWithFacts(text: string, lang: BaseLang): { tokens: Token[]; facts: WordFacts[] } {
  const tokens: Token[] = [];
  const found: WordFacts[] = [];
  // Words keep inner apostrophes ("Xiaomi's"); numbers keep their separators ("1.000,50");
  // hyphens split compounds ("Xiaomi-Smartphone") so each part can find its counterpart.
  for (let start = nextLexiconToken(text, 0), end = lastEnd(); start >= 0; start = nextLexiconToken(text, end), end = lastEnd()) {
    const f = facts(text.slice(start, end), lang);
    found.push(f);
    tokens.push({ text: f.text, start, end, content: f.content });
  }
  // A German separable-verb particle closing its clause ("kündigte … an.") is part of the verb, not a word of its own.
  if (lang === 'de') {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.content && found[i]!.particle && !found[i + 1]?.word) t.content = false;
    }
  }
  return { tokens, facts: found };
}
