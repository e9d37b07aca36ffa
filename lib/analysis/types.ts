/** The shape of one segment's linguistic analysis: tokens with lemma, part of speech and morphology, clauses, verb groups, names. */
import type { BaseLang } from '../lang';

/** Universal-Dependencies-like parts of speech; `x` is a word the lexicons do not know and the context cannot place. */
export const POS = ['noun', 'propn', 'verb', 'aux', 'modal', 'adj', 'adv', 'det', 'pron', 'adp', 'conj', 'part', 'num', 'punct', 'x'] as const;
export type Pos = (typeof POS)[number];

export type Case = 'nom' | 'acc' | 'dat' | 'gen';

/** Morphological features, each present only where the lexicon or the context tells it. */
export interface Morph {
  tense?: 'pres' | 'past';
  person?: 1 | 2 | 3;
  number?: 'sing' | 'plur';
  /** For a possessive ("his", "ihr"), the possessor's gender and number. */
  gender?: 'masc' | 'fem' | 'neut';
  /** Every case the form can stand in (German nouns are often ambiguous). */
  case?: Case[];
  mood?: 'ind' | 'subj' | 'imp';
  degree?: 'pos' | 'comp' | 'sup';
  /** fin: finite; zuinf: German "zu"-infinitive ("anzukündigen"); ppres/ppast: present/past participle (English -ing too). */
  verbForm?: 'fin' | 'inf' | 'zuinf' | 'ppres' | 'ppast';
  poss?: boolean;
  reflexive?: boolean;
}

/** One reading a lexicon gives a word form. */
export interface Reading {
  lemma: string;
  pos: Pos;
  morph: Morph;
  /** Closed-class subtype: personal, relative, definite, subordinating, separable, formal, … */
  kind?: string;
  /** 'neg' for a negator (not, nicht, kein, never); 'lexical' for a word that carries negation (without, ohne, kaum, lack). */
  negation?: 'neg' | 'lexical';
}

export interface Token {
  /** Position in `Analysis.tokens`. */
  index: number;
  text: string;
  /** Half-open UTF-16 range in the analysed text. */
  start: number;
  end: number;
  lower: string;
  /** The chosen lemma; a separable verb's finite part carries the whole verb ("kündigte … an" → "ankündigen"). */
  lemma: string;
  /** Every lemma the readings allow, the chosen one first. */
  lemmas: string[];
  pos: Pos;
  morph: Morph;
  kind?: string;
  negation?: true;
  negationKind?: 'neg' | 'lexical';
  /** Index into `Analysis.clauses`. */
  clause: number;
  sentenceStart?: true;
  /** False when no lexicon knows the word (an unknown capitalised word is tagged `propn`, others `x`). */
  known: boolean;
}

export type Tense =
  | 'present'
  | 'past'
  | 'perfect'
  | 'pluperfect'
  | 'future'
  | 'future-perfect'
  | 'conditional'
  | 'conditional-perfect'
  /** A group with no finite verb: an infinitive ("to go", "um … zu gehen") or a bare participle. */
  | 'none';

/** A finite verb with its auxiliaries, participles, infinitives and separable particle. */
export interface VerbGroup {
  /** Token indices in text order (auxiliaries, main verb, particle; not the negators or adverbs between them). */
  tokens: number[];
  /** The finite verb (or modal, or auxiliary), absent in a non-finite group. */
  finite?: number;
  /** The lexical verb; the auxiliary itself when it stands alone ("is happy", "ist groß"). */
  main: number;
  /** The main verb's lemma, separable particle re-attached. */
  lemma: string;
  particle?: number;
  tense: Tense;
  progressive: boolean;
  passive: boolean;
  /** The modal's lemma ("can", "müssen"); "will"/"werden" of the future are not modals here. */
  modal?: string;
  mood: 'ind' | 'subj' | 'imp';
  imperative: boolean;
  /** The clause holds a negator (not, never, no, nicht, kein, nie). */
  negated: boolean;
  person?: 1 | 2 | 3;
  number?: 'sing' | 'plur';
  clause: number;
}

export interface Clause {
  index: number;
  /** Token range, half-open. */
  first: number;
  end: number;
  kind: 'main' | 'subordinate' | 'relative' | 'infinitive';
  sentence: number;
}

/** A named-entity candidate: a run of name-like tokens. */
export interface Entity {
  /** Token range, inclusive. */
  first: number;
  last: number;
  /** UTF-16 range in the text. */
  start: number;
  end: number;
  text: string;
}

export interface Analysis {
  lang: BaseLang;
  text: string;
  tokens: Token[];
  clauses: Clause[];
  verbGroups: VerbGroup[];
  entities: Entity[];
  /** Token ranges of the sentences, half-open. */
  sentences: { first: number; end: number }[];
}
