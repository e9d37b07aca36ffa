/**
 * Which stored sources can reach the offer threshold at all, so the database is asked only for those: a prefix filter
 * (as in set-similarity joins). A match of >= 70 % shares at least 70 % of the query's words, so it must contain one of
 * the query's words once all but that many are set aside — for any order of the words; rarest first keeps the
 * candidate lists short. And its word count lies within 70 %…1/70 % of the query's.
 */
import { MIN_SCORE } from './score';

/** Stored word counts that can score >= MIN_SCORE against a query of `n` words. */
export function wordCountRange(n: number): { min: number; max: number } {
  // score = floor(100 · (1 − distance / longest)); shared words ≥ longest − distance ≥ MIN_SCORE/100 · longest.
  return { min: Math.ceil((n * MIN_SCORE) / 100), max: Math.floor((n * 100) / MIN_SCORE) };
}

/**
 * The query words a match must contain at least one of. `frequency` says how many stored sources hold each word
 * (a capped count is enough: it only orders the words); unknown words count as absent, the rarest there is.
 */
export function probeWords(words: readonly string[], frequency: ReadonlyMap<string, number>): string[] {
  const n = words.length;
  if (n === 0) return [];
  // At most this many of the query's word occurrences can be missing from a match.
  const missing = n - wordCountRange(n).min;
  const occurrences = new Map<string, number>();
  for (const w of words) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
  const byRarity = [...occurrences.keys()].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length || (a < b ? -1 : 1));
  const probe: string[] = [];
  let covered = 0;
  for (const w of byRarity) {
    probe.push(w);
    covered += occurrences.get(w)!;
    if (covered > missing) break;
  }
  return probe;
}
