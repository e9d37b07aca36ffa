/** The closed-class word tables (data/de-closed.json, data/en-closed.json): validated with zod, expanded into readings by form. */
import { z } from 'zod';
import type { BaseLang } from '../lang';
import { readDataFile } from './data-file';
import { POS, type Morph, type Reading } from './types';

const morphSchema = z
  .object({
    lemma: z.string().min(1).optional(),
    tense: z.enum(['pres', 'past']).optional(),
    person: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    number: z.enum(['sing', 'plur']).optional(),
    gender: z.enum(['masc', 'fem', 'neut']).optional(),
    case: z.array(z.enum(['nom', 'acc', 'dat', 'gen'])).min(1).optional(),
    mood: z.enum(['ind', 'subj', 'imp']).optional(),
    degree: z.enum(['pos', 'comp', 'sup']).optional(),
    verbForm: z.enum(['fin', 'inf', 'zuinf', 'ppres', 'ppast']).optional(),
    poss: z.boolean().optional(),
    reflexive: z.boolean().optional(),
  })
  .strict();

const wordList = z.string().regex(/\S/, 'a list of words separated by spaces');

const groupSchema = z
  .object({
    pos: z.enum(POS),
    kind: z.string().optional(),
    lemma: z.string().min(1).optional(),
    morph: morphSchema.optional(),
    negation: z.enum(['neg', 'lexical']).optional(),
    /** Words sharing the group's lemma (or being their own) and morphology. */
    words: wordList.optional(),
    /** Forms with their own morphology (one reading or several). */
    forms: z.record(z.string().min(1), z.union([morphSchema, z.array(morphSchema).min(1)])).optional(),
    /** Declined forms: every stem with every ending (a space-separated list; a leading space allows the bare stem). */
    stems: wordList.optional(),
    endings: z.string().optional(),
  })
  .strict()
  .refine((g) => [g.words, g.forms, g.stems].filter(Boolean).length === 1, 'a group gives exactly one of words, forms, stems')
  .refine((g) => (g.stems === undefined) === (g.endings === undefined), 'stems and endings go together');

export const closedSchema = z
  .object({
    about: z.string(),
    groups: z.array(groupSchema).min(1),
    lexicalNegators: wordList,
    auxiliaries: wordList,
    modals: wordList,
    separableParticles: wordList.optional(),
    /** Lowercase abbreviations whose period ends no sentence. */
    abbreviations: wordList,
  })
  .strict();

export interface ClosedClass {
  /** Lowercase form → its closed-class readings, in the order the file lists them. */
  readings: Map<string, Reading[]>;
  /** Lemmas of open-class words that carry negation ("lack", "fehlen"). */
  lexicalNegators: Set<string>;
  auxiliaries: Set<string>;
  modals: Set<string>;
  separableParticles: Set<string>;
  abbreviations: Set<string>;
}

const words = (list: string | undefined): string[] => (list ?? '').split(' ').filter(Boolean);

/** Expands a validated table into readings by form. */
export function expandClosed(table: z.infer<typeof closedSchema>): ClosedClass {
  const readings = new Map<string, Reading[]>();
  const add = (form: string, reading: Reading) => {
    const key = form.toLowerCase();
    readings.set(key, [...(readings.get(key) ?? []), reading]);
  };
  for (const group of table.groups) {
    const make = (form: string, own: z.infer<typeof morphSchema> = {}): Reading => {
      const { lemma: ownLemma, ...ownMorph } = own;
      const { lemma: _ignored, ...groupMorph } = group.morph ?? {};
      const morph: Morph = { ...groupMorph, ...ownMorph };
      const reading: Reading = { lemma: ownLemma ?? group.lemma ?? form.toLowerCase(), pos: group.pos, morph };
      if (group.kind) reading.kind = group.kind;
      if (group.negation) reading.negation = group.negation;
      return reading;
    };
    for (const word of words(group.words)) add(word, make(word));
    for (const [form, own] of Object.entries(group.forms ?? {})) for (const m of Array.isArray(own) ? own : [own]) add(form, make(form, m));
    const endings = (group.endings ?? '').split(' ');
    for (const stem of words(group.stems)) for (const ending of new Set(endings)) add(stem + ending, { ...make(stem + ending), lemma: group.lemma ?? stem });
  }
  return {
    readings,
    lexicalNegators: new Set(words(table.lexicalNegators)),
    auxiliaries: new Set(words(table.auxiliaries)),
    modals: new Set(words(table.modals)),
    separableParticles: new Set(words(table.separableParticles)),
    abbreviations: new Set(words(table.abbreviations)),
  };
}

// Loaded once per language on first use and never changed: a read-only table, not state.
const loaded: Partial<Record<BaseLang, ClosedClass>> = {};

export function closedClass(lang: BaseLang): ClosedClass {
  return (loaded[lang] ??= expandClosed(closedSchema.parse(JSON.parse(readDataFile(`${lang}-closed.json`)))));
}
