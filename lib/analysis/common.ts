/** What the German and English analysers share: the working token, word caches, clauses from boundaries, and the finished Analysis. */
import type { BaseLang } from '../lang';
import type { RawToken } from './tokenize';
import type { Analysis, Clause, Entity, Morph, Pos, Reading, Token, VerbGroup } from './types';

/** A token while it is being analysed: its candidate readings and the one chosen so far. */
export interface Work {
  raw: RawToken;
  /** Closed-class readings first, then the lexicon's. */
  readings: Reading[];
  chosen: Reading;
  known: boolean;
  clause: number;
}

/** Readings of a word by lowercase form, bounded: a document repeats its words, so most look-ups are hits. */
export class WordCache {
  private readonly map = new Map<string, { readings: Reading[]; known: boolean }>();
  constructor(private readonly limit: number) {}
  get(key: string, compute: () => { readings: Reading[]; known: boolean }): { readings: Reading[]; known: boolean } {
    let hit = this.map.get(key);
    if (hit === undefined) {
      hit = compute();
      // Clearing all at the limit is cheaper than LRU bookkeeping and keeps memory bounded on endless vocabularies.
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, hit);
    }
    return hit;
  }
}

export const reading = (lemma: string, pos: Pos, morph: Morph = {}, kind?: string): Reading => (kind ? { lemma, pos, morph, kind } : { lemma, pos, morph });

export function choose(w: Work, pick: Reading | undefined): void {
  if (pick) w.chosen = pick;
}

export const firstOf = (w: Work, ...pos: Pos[]): Reading | undefined => w.readings.find((r) => pos.includes(r.pos));
export const has = (w: Work | undefined, ...pos: Pos[]): boolean => w !== undefined && w.readings.some((r) => pos.includes(r.pos));
export const isWord = (w: Work | undefined): boolean => w !== undefined && w.raw.kind !== 'punct';

/** Clauses from the indices of tokens that open a new clause (a boundary token belongs to the clause it opens). */
export function clausesFrom(work: Work[], opens: Set<number>, kinds: Map<number, Clause['kind']>, sentences: { first: number; end: number }[]): Clause[] {
  const clauses: Clause[] = [];
  sentences.forEach((s, sentence) => {
    let first = s.first;
    for (let i = s.first + 1; i <= s.end; i++) {
      if (i === s.end || opens.has(i)) {
        if (i > first) clauses.push({ index: clauses.length, first, end: i, kind: kinds.get(first) ?? 'main', sentence });
        first = i;
      }
    }
  });
  for (const c of clauses) for (let i = c.first; i < c.end; i++) work[i]!.clause = c.index;
  return clauses;
}

export function sentencesOf(work: Work[]): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  let first = 0;
  work.forEach((w, i) => {
    // Punctuation before the first word of a sentence (an opening quote) belongs to the new sentence.
    if (w.raw.sentenceStart && i > first) {
      let cut = i;
      while (cut > first && work[cut - 1]!.raw.kind === 'punct' && !/[.!?…:]/.test(work[cut - 1]!.raw.text)) cut--;
      if (cut > first) {
        out.push({ first, end: cut });
        first = cut;
      }
    }
  });
  if (work.length > first) out.push({ first, end: work.length });
  return out;
}

/** Runs of name tokens; `joins(w)` says whether a capitalised non-name word may continue a run that holds a name. */
export function entitiesOf(text: string, work: Work[], joins: (w: Work) => boolean): Entity[] {
  const out: Entity[] = [];
  let i = 0;
  while (i < work.length) {
    if (work[i]!.chosen.pos !== 'propn') {
      i++;
      continue;
    }
    let first = i;
    let last = i;
    while (first > 0 && work[first - 1]!.clause === work[i]!.clause && joins(work[first - 1]!)) first--;
    while (last + 1 < work.length && work[last + 1]!.clause === work[i]!.clause && (work[last + 1]!.chosen.pos === 'propn' || joins(work[last + 1]!))) last++;
    const start = work[first]!.raw.start;
    const end = work[last]!.raw.end;
    out.push({ first, last, start, end, text: text.slice(start, end) });
    i = last + 1;
  }
  return out;
}

export function finish(lang: BaseLang, text: string, work: Work[], clauses: Clause[], verbGroups: VerbGroup[], sentences: { first: number; end: number }[], lexicalNegators: Set<string>): Analysis {
  const tokens: Token[] = work.map((w, index) => {
    const r = w.chosen;
    const lemmas = [r.lemma, ...new Set(w.readings.map((x) => x.lemma).filter((l) => l !== r.lemma))];
    const token: Token = { index, text: w.raw.text, start: w.raw.start, end: w.raw.end, lower: w.raw.lower, lemma: r.lemma, lemmas, pos: r.pos, morph: r.morph, clause: w.clause, known: w.known };
    if (r.kind) token.kind = r.kind;
    const negation = r.negation ?? (lexicalNegators.has(r.lemma) || lexicalNegators.has(w.raw.lower) ? 'lexical' : undefined);
    if (negation) {
      token.negation = true;
      token.negationKind = negation;
    }
    if (w.raw.sentenceStart) token.sentenceStart = true;
    return token;
  });
  return { lang, text, tokens, clauses, verbGroups, entities: [], sentences };
}
