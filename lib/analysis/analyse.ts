/** `analyse(text, lang)`: one linguistic analysis per text, computed once and kept in a bounded cache shared by every check. */
import type { BaseLang } from '../lang';
import { analyseEnglish } from './english';
import { analyseGerman } from './german';
import type { Analysis } from './types';

/** Analyses kept; a review session re-checks the same segments on every save, and each check family reads the same analysis. */
const CACHE_LIMIT = 5_000;
// A module-level cache, justified: analyses are pure functions of (lang, text) and frozen-by-contract values, the cache is
// bounded (least recently used out first), and it is what lets five check families share one analysis per segment.
const cache = new Map<string, Analysis>();

/** The analysis of `text`; the same object for the same (lang, text) while cached: treat it as read-only. */
export function analyse(text: string, lang: BaseLang): Analysis {
  const key = `${lang}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-inserting moves the entry to the end: Map keeps insertion order, so the first key is the least recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const analysis = lang === 'de' ? analyseGerman(text) : analyseEnglish(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, analysis);
  return analysis;
}
