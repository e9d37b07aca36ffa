/** The word lists and rule tables of the checks, one data file per table and language, validated once at load. */
import { z } from 'zod';
import type { BaseLang } from '../../lang';
import deGarbled from './de/garbled.json';
import deRepeats from './de/repeats.json';
import deScales from './de/scales.json';
import enArticles from './en/articles.json';
import enGarbled from './en/garbled.json';
import enRepeats from './en/repeats.json';
import enScales from './en/scales.json';

const poleSchema = z.object({ gloss: z.string().min(1), forms: z.array(z.string().min(1)).min(1) });
const scaleSchema = z.object({
  id: z.string().min(1),
  poles: z.tuple([poleSchema, poleSchema]),
  /** Which endings the forms take: adjective (-e, -en, -er, -es, -em), noun (-e, -en, -s, -es) or none. */
  inflect: z.enum(['adjective', 'noun', 'none']),
  /** The value may change over time (a rise this year, a fall last year): only a contradiction within one sentence counts. */
  sameSegment: z.boolean().optional(),
});

const scalesFileSchema = z.object({
  /** Two poles that cannot both describe the same entity, for contradictions within a document. */
  scales: z.array(scaleSchema),
  /** Antonym pairs that only matter between a sentence and its translation („deutlich“ → "slightly"). */
  opposites: z.array(scaleSchema),
  /** Head nouns that name the same relation or thing; a compound ending in one belongs to the group. */
  headGroups: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Words that negate what follows them in a clause. */
  negations: z.array(z.string().min(1)),
  /** Words and signs that end a clause, for how far a description reaches. */
  clauseBreaks: z.array(z.string().min(1)),
});

export type Scale = z.infer<typeof scaleSchema>;
export type Pole = z.infer<typeof poleSchema>;
export type ScaleTables = z.infer<typeof scalesFileSchema>;

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lib/checks/data/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const SCALES: Record<BaseLang, ScaleTables> = {
  de: parse(scalesFileSchema, deScales, 'de/scales.json'),
  en: parse(scalesFileSchema, enScales, 'en/scales.json'),
};

/** The scale tables of one language. */
export function scaleTables(lang: BaseLang): ScaleTables {
  return SCALES[lang];
}

/** Words compared with a text's lower-cased words: a capital in the file could never match. */
const lowerWords = z.array(z.string().min(1).regex(/^[^\p{Lu}]+$/u, 'Write the word in lower case.'));

const germanClauseWordsSchema = z.object({
  /** Signs that end a clause, for the verbal bracket. */
  clauseBoundaries: z.array(z.string().min(1)).min(1),
  /** Words that intensify an adjective: the -en word after them is attributive („sehr guten“). */
  intensifiers: lowerWords.min(1),
  /** „dafür“, „darauf“, „hierzu“, „womit“: every prefix with every preposition ends the middle field like a noun phrase. */
  pronominalAdverbs: z.object({ prefixes: lowerWords.min(1), prepositions: lowerWords.min(1) }),
  /** Prepositions that cannot be a separable particle or a predicative adverb („weil das Licht an ist“ is fine). */
  purePrepositions: lowerWords.min(1),
  /** Subordinators that open a sentence without being a preposition or question word as well. */
  sentenceSubordinators: lowerWords.min(1),
  /** Words that open a subordinate clause after a comma besides those („als“, „seit“, „bis“). */
  clauseSubordinators: lowerWords,
  /** Determiners that also stand alone as a demonstrative subject at the start of a sentence. */
  demonstratives: lowerWords,
  /** Formal „Sie“/„Ihr“ and letter-style „Du“: capitalised anywhere; a prefix covers its inflected forms („Ihrem“). */
  alwaysCapitalised: z.object({ words: lowerWords, prefixes: lowerWords }),
  /** Finite auxiliaries and modals that no noun or infinitive shares: capitalised in mid-sentence, the sentence is broken. */
  finiteAuxiliaries: lowerWords.min(1),
  /** Personal pronouns in the nominative: at the start of a statement the next word is its finite verb. */
  subjectPronouns: lowerWords,
  /** Particles that may end the middle field right before the verb, as a noun or pronoun does. */
  middleFieldEnders: lowerWords,
});

const englishGarbleWordsSchema = z.object({
  /** Words after which a date, name, number or participle may stand ("in early July", "last July", "has reached"). */
  governors: lowerWords.min(1),
  /** Function words that are capitalised only at the start of a sentence. */
  functionWords: lowerWords.min(1),
  /** Words that introduce a quotation or title ('said “…”', 'the slogan “…”'): the quotation is linked to them. */
  quoteIntroducers: lowerWords,
});

const repeatsSchema = z.object({
  /** Words that may stand twice in a row anywhere ("had had", „dass sie sie“). */
  always: lowerWords,
  /** Words that may stand twice in a row right after a comma: a relative pronoun and an article („, die die Zeitung“). */
  afterComma: lowerWords,
});

const articlesSchema = z.object({
  /** Beginnings of words spelt with a vowel that sound like a consonant: "a university", "a European", "a one-off". */
  consonantSoundPrefixes: lowerWords.min(1),
});

export type GermanClauseWords = z.infer<typeof germanClauseWordsSchema>;
export type EnglishGarbleWords = z.infer<typeof englishGarbleWordsSchema>;
export type Repeats = z.infer<typeof repeatsSchema>;
export type Articles = z.infer<typeof articlesSchema>;

/** The German words the garbled-source rules read a sentence's structure by (de/garbled.json). */
export const GERMAN_CLAUSE_WORDS: GermanClauseWords = parse(germanClauseWordsSchema, deGarbled, 'de/garbled.json');

/** The English words by which a translation's copy of a garble is told from ordinary English (en/garbled.json). */
export const ENGLISH_GARBLE_WORDS: EnglishGarbleWords = parse(englishGarbleWordsSchema, enGarbled, 'en/garbled.json');

const REPEATS: Record<BaseLang, Repeats> = {
  de: parse(repeatsSchema, deRepeats, 'de/repeats.json'),
  en: parse(repeatsSchema, enRepeats, 'en/repeats.json'),
};

/** The words of one language that may grammatically stand twice in a row. */
export function repeats(lang: BaseLang): Repeats {
  return REPEATS[lang];
}

/** The English article table: which vowel-initial words take "a" (en/articles.json). */
export const ENGLISH_ARTICLES: Articles = parse(articlesSchema, enArticles, 'en/articles.json');
