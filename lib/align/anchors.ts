/** Cheap alignment anchors: numbers and capitalised names, which a translation usually carries over unchanged. */

export interface Anchors {
  /** Digit sequences with their separators removed, so "1.000,5" (de) and "1,000.5" (en) meet. */
  numbers: string[];
  /** Capitalised words and acronyms other than the sentence's first word, case kept. */
  names: string[];
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;

/** The anchors of one sentence, each listed once. */
export function anchorsOf(sentence: string): Anchors {
  const numbers = new Set<string>();
  for (const m of sentence.matchAll(NUMBER)) numbers.add(m[0].replace(/[.,]/g, ''));

  const names = new Set<string>();
  let first = true;
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0];
    // Sentence-initial capitals are grammar, not names ("In", "Also" exist in both languages); acronyms still count.
    const eligible = !first || ALL_CAPS.test(word);
    first = false;
    if (eligible && word.length >= 2 && UPPER_START.test(word) && !/^\d/.test(word)) names.add(word);
  }
  return { numbers: [...numbers], names: [...names] };
}
