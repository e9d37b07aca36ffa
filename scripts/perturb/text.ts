/** Shared pieces of the perturbation build: tagged tokens, editing a sentence by tokens, the changed span of an edit, and seeded choices. */
import type { Span } from '../../lib/checks/types';

export type Pos = 'noun' | 'name' | 'verb' | 'aux' | 'modal' | 'adj' | 'adv' | 'prep' | 'conj' | 'det' | 'pron' | 'num' | 'neg' | 'other';

/** A word of a sentence with its part of speech; `lemma` and `tags` as far as the language's analyser knows them. */
export interface Tok {
  text: string;
  start: number;
  end: number;
  pos: Pos;
  lemma: string;
  tags: ReadonlySet<string>;
}

export interface Sentence {
  text: string;
  toks: Tok[];
}

/** FNV-1a: a stable 32-bit hash, so every choice depends on the seed and the item only. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of the candidates, chosen by the key; undefined when there are none. */
export function pick<T>(candidates: readonly T[], key: string): T | undefined {
  return candidates.length === 0 ? undefined : candidates[hash(key) % candidates.length];
}

/** The sentence with [start, end) replaced. */
export const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** Removes tokens i..j (inclusive) with one adjoining space; a removal at the start keeps the capital. */
export function removeToks(s: Sentence, i: number, j: number): string {
  const a = s.toks[i]!;
  const b = s.toks[j]!;
  let start = a.start;
  let end = b.end;
  if (s.text[end] === ' ') end++;
  else if (s.text[start - 1] === ' ') start--;
  let out = splice(s.text, start, end, '');
  if (start === 0 && /^\p{Lu}/u.test(s.text)) out = capitalise(out);
  return out;
}

export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
export const decapitalise = (w: string): string => w.charAt(0).toLowerCase() + w.slice(1);

/** The replacement spelled with the original's capitalisation (first letter, or all capitals). */
export function sameCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  return /^\p{Lu}/u.test(original) ? capitalise(replacement) : replacement;
}

export const replaceTok = (s: Sentence, i: number, replacement: string): string => splice(s.text, s.toks[i]!.start, s.toks[i]!.end, replacement);

/**
 * Where two versions of a sentence differ, in whole words: the common prefix and suffix of their word, space and
 * punctuation pieces cut away. A non-empty span is trimmed of spaces; an empty one marks the place of a removal.
 */
export function changedSpans(before: string, after: string): { before: Span; after: Span } {
  const a = pieces(before);
  const b = pieces(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return { before: span(a, p, a.length - q), after: span(b, p, b.length - q) };
}

const pieces = (text: string): string[] => text.match(/[\p{L}\p{N}'’_-]+|\s+|[^\p{L}\p{N}'’_\s-]/gu) ?? [];

function span(parts: string[], from: number, to: number): Span {
  const offset = (k: number) => parts.slice(0, k).reduce((n, x) => n + x.length, 0);
  let start = offset(from);
  let end = offset(to);
  const text = parts.join('');
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** True when only spaces separate tokens i..j: one phrase, not parts across brackets or commas. */
export function contiguous(s: Sentence, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!/^ +$/.test(s.text.slice(s.toks[k]!.end, s.toks[k + 1]!.start))) return false;
  return true;
}

/** The final punctuation mark of a sentence, if any. */
export const finalMark = (text: string): string | undefined => /[.!?:;]$/.exec(text)?.[0];

/** Index of the first token of the last clause's end: the token before final punctuation or a comma. */
export function clauseEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.toks.length; k++) {
    const t = s.toks[k]!;
    const next = s.text.slice(t.end, s.toks[k + 1]?.start ?? s.text.length);
    if (/[,;:.!?]/.test(next)) return k;
  }
  return s.toks.length - 1;
}
