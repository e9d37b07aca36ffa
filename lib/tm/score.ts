/**
 * How close a stored source sentence is to the one being translated, scored as CAT tools do: word-level edit
 * distance as a percentage, with small fixed penalties for differences a translator fixes in seconds (numbers,
 * inline tags, punctuation, letter case) so that such a match ranks just below 100 % instead of far below.
 */
import { wordDiff, type DiffPart } from '../diff';

/** The points taken off per difference; a whole changed word costs 100 / (words in the longer sentence). */
export const PENALTY = { number: 1, tag: 2, punctuation: 1, case: 1, whitespace: 1 } as const;

/** Only these and above are offered: below 70 % retyping is usually faster than editing (the common CAT default). */
export const MIN_SCORE = 70;

export interface MatchScore {
  /** 0–100; 100 only for the identical sentence. */
  score: number;
  /** How many differences of each kind the penalties were taken for. */
  penalties: { number: number; tag: number; punctuation: number; case: number; whitespace: number };
}

// Placeholders for protected inline tags (lib/formats placeholder: ⟦1⟧, ⟦/1⟧, ⟦1/⟧), numbers, words, other marks.
const TOKEN = /⟦[^⟦⟧\s]+⟧|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const TAG = /^⟦/;
const NUMBER = /^\p{N}/u;
const WORD = /^[\p{L}\p{M}]/u;
const NUMBER_WORD = '#';

interface Tokens {
  /** Words lower-cased and every number as one symbol: what the edit distance runs on. */
  skeleton: string[];
  /** The words as written, beside the skeleton, to count case-only differences. */
  words: string[];
  numbers: string[];
  tags: string[];
  punctuation: string[];
}

function tokenize(text: string): Tokens {
  const t: Tokens = { skeleton: [], words: [], numbers: [], tags: [], punctuation: [] };
  for (const token of text.normalize('NFC').match(TOKEN) ?? []) {
    if (TAG.test(token)) t.tags.push(token);
    else if (NUMBER.test(token)) {
      t.numbers.push(token);
      // '#' alone is never a word token (it is punctuation), so it can stand for any number.
      t.skeleton.push(NUMBER_WORD);
      t.words.push(NUMBER_WORD);
    } else if (WORD.test(token)) {
      t.skeleton.push(token.toLowerCase());
      t.words.push(token);
    } else t.punctuation.push(token);
  }
  return t;
}

/** Levenshtein distance over tokens, two rows; also returns the aligned equal pairs for the case count. */
function alignTokens(a: readonly string[], b: readonly string[]): { distance: number; equalPairs: [number, number][] } {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint16Array(rows * cols);
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    d[i * cols] = i;
    for (let j = 1; j < cols; j++) {
      const sub = d[(i - 1) * cols + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      d[i * cols + j] = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, sub);
    }
  }
  const equalPairs: [number, number][] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1] && d[i * cols + j] === d[(i - 1) * cols + j - 1]) {
      equalPairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (d[i * cols + j] === d[(i - 1) * cols + j - 1]! + 1) {
      i--;
      j--;
    } else if (d[i * cols + j] === d[(i - 1) * cols + j]! + 1) i--;
    else j--;
  }
  return { distance: d[a.length * cols + b.length]!, equalPairs };
}

/** Elements in one list and not the other, counted with multiplicity; a changed element counts once, not twice. */
function multisetDifference(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let onlyB = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else onlyB++;
  }
  let onlyA = 0;
  for (const n of counts.values()) onlyA += n;
  return Math.max(onlyA, onlyB);
}

/** The words the match score compares, in order: lower-cased, every number as '#'; no tags or punctuation. */
export function scoredWords(text: string): string[] {
  return tokenize(text).skeleton;
}

/** Scores a stored source sentence against the current one (order does not matter). */
export function matchScore(stored: string, current: string): MatchScore {
  const a = stored.trim().normalize('NFC');
  const b = current.trim().normalize('NFC');
  const none = { number: 0, tag: 0, punctuation: 0, case: 0, whitespace: 0 };
  if (a === b) return { score: 100, penalties: none };
  const ta = tokenize(a);
  const tb = tokenize(b);
  const longest = Math.max(ta.skeleton.length, tb.skeleton.length);
  const { distance, equalPairs } = alignTokens(ta.skeleton, tb.skeleton);
  const penalties = {
    number: multisetDifference(ta.numbers, tb.numbers),
    tag: multisetDifference(ta.tags, tb.tags),
    punctuation: multisetDifference(ta.punctuation, tb.punctuation),
    case: equalPairs.filter(([i, j]) => ta.words[i] !== tb.words[j]).length,
    whitespace: 0,
  };
  const base = longest === 0 ? (ta.tags.length + ta.punctuation.length === 0 && tb.tags.length + tb.punctuation.length === 0 ? 100 : 0) : 100 * (1 - distance / longest);
  const taken =
    penalties.number * PENALTY.number + penalties.tag * PENALTY.tag + penalties.punctuation * PENALTY.punctuation + penalties.case * PENALTY.case;
  // Texts equal in every token can still differ in spacing: never 100, which promises the identical sentence.
  if (taken === 0 && distance === 0) penalties.whitespace = 1;
  const score = Math.floor(base - taken - penalties.whitespace * PENALTY.whitespace);
  return { score: Math.max(0, Math.min(99, score)), penalties };
}

/** What changed from the stored source to the current one, word by word, for showing beside the match. */
export function sourceDiff(stored: string, current: string): DiffPart[] {
  return wordDiff(stored, current);
}
