/** `alignSegment`: one word alignment per segment pair, computed once and kept in a bounded cache that every reader shares. */
import type { Analysis, Token as AnalysedToken } from '../analysis';
import { BoundedCache, deepFreeze } from '../bounded-cache';
import type { BaseLang } from '../lang';
import { alignWords, type Alignment, type Token } from './align';
import { defaultLexicon, type Lexicon } from './lookup';

/** Alignments kept; like lib/analysis's cache: a review session re-checks the same segments on every save. */
const CACHE_LIMIT = 5_000;
// A module-level cache, justified as lib/analysis's is: an alignment is a pure function of (langs, source, target) for
// one lexicon, it is frozen, the cache is bounded (least recently used out first), and it is what lets coverage,
// meaning, traps and the review hover share one alignment per segment instead of aligning three times.
const cache = new BoundedCache<string, Alignment>(CACHE_LIMIT);
// The lexicon the cached alignments were made with: tests swap the lexicon, and no alignment may outlive its data.
let madeWith: Lexicon | undefined;

/** The word alignment of `source` and `target` (see alignWords); the same frozen object for the same pair while cached. */
export function alignSegment(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang): Alignment {
  const lex = defaultLexicon();
  if (lex !== madeWith) {
    cache.clear();
    madeWith = lex;
  }
  const key = `${sourceLang}${targetLang}\u0000${source}\u0000${target}`;
  return cache.get(key) ?? cache.set(key, deepFreeze(alignWords(source, target, sourceLang, targetLang)));
}

/**
 * For each alignment token, the token of the shared analysis (lib/analysis) that covers its start, if any: the two
 * tokenisers split hyphens and punctuation differently, so tokens are matched by offset, not by index.
 */
export function analysedTokens(tokens: readonly Token[], analysis: Analysis): (AnalysedToken | undefined)[] {
  const out: (AnalysedToken | undefined)[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < analysis.tokens.length && analysis.tokens[k]!.end <= t.start) k++;
    const a = analysis.tokens[k];
    out.push(a !== undefined && a.start <= t.start ? a : undefined);
  }
  return out;
}
