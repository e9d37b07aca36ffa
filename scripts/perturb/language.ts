/** What the perturbation build needs from a target language: an analysis into tagged tokens and the edits that need its grammar. */
import type { BaseLang } from '../../lib/lang';
import { pick, replaceTok, sameCase, type Sentence } from './text';

/** Each edit returns the perturbed sentence, or undefined when the sentence offers no well-formed place for it. */
export interface Language {
  lang: BaseLang;
  analyse(text: string): Sentence;
  isKnownWord(word: string): boolean;
  /** Index of the last token of a sentence-initial subject that a finite verb follows. */
  subjectEnd(s: Sentence): number | undefined;
  tense(s: Sentence): string | undefined;
  aspect(s: Sentence): string | undefined;
  negate(s: Sentence): string | undefined;
  omitNegation(s: Sentence): string | undefined;
  question(s: Sentence): string | undefined;
  pronounGender(s: Sentence, key: string): string | undefined;
  pronounPerson(s: Sentence, key: string): string | undefined;
  modal(s: Sentence, key: string): string | undefined;
  preposition(s: Sentence, key: string): string | undefined;
  antonym(s: Sentence, key: string): string | undefined;
  hypernym(s: Sentence, key: string): string | undefined;
  hyponym(s: Sentence, key: string): string | undefined;
  addContent(s: Sentence, key: string): string | undefined;
  /** Words the sentence's function words are, so the generic edits know articles and coordinators. */
  articles: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
}

/** Swaps each word of the table for its partner, keeping the case; the first token (by the key's choice) that has one. */
export function swapFromTable(s: Sentence, table: Record<string, string>, key: string, accept: (i: number) => boolean = () => true): string | undefined {
  const at = s.toks.map((_, i) => i).filter((i) => table[s.toks[i]!.text.toLowerCase()] !== undefined && accept(i));
  const i = pick(at, key);
  if (i === undefined) return undefined;
  const t = s.toks[i]!;
  return replaceTok(s, i, sameCase(t.text, table[t.text.toLowerCase()]!));
}
