/** `analyse(text, lang)`: one linguistic analysis per text, computed once and kept in a bounded cache shared by every check. */
import type { BaseLang } from '../lang';
import { analyseEnglish } from './english';
import { analyseGerman } from './german';
import type { Analysis } from './types';

/** Analyses kept per language; a review session re-checks the same segments on every save, and each check family reads the same analysis. */
const CACHE_LIMIT = 5_000;
// A module-level cache, justified: analyses are pure functions of (lang, text) and frozen-by-contract values, the cache is
// bounded (least recently used out first), and it is what lets five check families share one analysis per segment.
// One map per language, keyed by the text itself: a string keeps its hash once computed, so the many look-ups of
// the same segment text cost no concatenated key to build and hash again.
const caches: Record<BaseLang, Map<string, Analysis>> = { de: new Map(), en: new Map() };

/** The analysis of `text`; the same (frozen) object for the same (lang, text) while cached. */
export function analyse(text: string, lang: BaseLang): Analysis {
  const cache = caches[lang];
  const hit = cache.get(text);
  if (hit !== undefined) {
    // Re-inserting moves the entry to the end: Map keeps insertion order, so the first key is the least recently used.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const analysis = freeze(lang === 'de' ? analyseGerman(text) : analyseEnglish(text));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, analysis);
  return analysis;
}

/** Freezes the analysis and everything in it: every check reads the same cached object, so none may change it. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freeze(inner);
  }
  return value;
}
