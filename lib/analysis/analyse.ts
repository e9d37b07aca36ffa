/** `analyse(text, lang)`: one linguistic analysis per text, computed once and kept in a bounded cache shared by every check. */
import { BoundedCache, deepFreeze } from '../bounded-cache';
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
const caches: Record<BaseLang, BoundedCache<string, Analysis>> = { de: new BoundedCache(CACHE_LIMIT), en: new BoundedCache(CACHE_LIMIT) };

/** The analysis of `text`; the same (frozen) object for the same (lang, text) while cached. */
export function analyse(text: string, lang: BaseLang): Analysis {
  const cache = caches[lang];
  return cache.get(text) ?? cache.set(text, deepFreeze(lang === 'de' ? analyseGerman(text) : analyseEnglish(text)));
}
