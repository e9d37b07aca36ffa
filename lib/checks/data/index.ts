/** The word lists and rule tables of the checks, one data file per table and language, validated once at load. */
import { z } from 'zod';
import type { BaseLang } from '../../lang';
import deAddress from './de/address.json';
import deCoverage from './de/coverage.json';
import deClosedClass from './de/closed-class.json';
import deFalseFriends from './de/false-friends.json';
import deGarbled from './de/garbled.json';
import deMeaning from './de/meaning.json';
import deModalVerbs from './de/modal-verbs.json';
import deNamingNouns from './de/naming-nouns.json';
import deNegation from './de/negation.json';
import dePronouns from './de/pronouns.json';
import deRepeats from './de/repeats.json';
import deScales from './de/scales.json';
import deSeparableVerbs from './de/separable-verbs.json';
import deTense from './de/tense.json';
import enArticles from './en/articles.json';
import enGarbled from './en/garbled.json';
import enMeaning from './en/meaning.json';
import enNegation from './en/negation.json';
import enPronouns from './en/pronouns.json';
import enRepeats from './en/repeats.json';
import enScales from './en/scales.json';
import enTense from './en/tense.json';

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

const words = z.array(z.string().min(1));

const negationFileSchema = z.object({
  /** Words that deny what they stand with („nicht“, "never"). */
  negators: words.min(1),
  /** Words that carry a negation in their meaning ("lack", „kaum“): a translation may render them by a plain negator. */
  lexicalNegators: words,
  /** "not only", „nicht nur“: the negator followed by one of these adds, it does not deny. */
  notOnly: z.object({ negator: z.string().min(1), next: words.min(1) }),
  /** Lexical negators that name a quantity after one of `after` ("a few", "the little house"): no denial there. */
  quantity: z.object({ words: words.min(1), after: words.min(1) }).optional(),
  /**
   * Words that render a plain negator of the other language only in the count of negations ("unless" for „falls
   * nicht“, "cease" for „nicht mehr“, "unable" for „nicht in der Lage“), not as a negation on their own.
   */
  countedRenderings: words.optional(),
  /** Prefixes that make a word's opposite ("noncurrent", „unsicher“), before a stem of at least three letters. */
  oppositePrefixes: words.min(1),
  /** The affixes by which a word negates its stem („unmöglich“, "unset", "harmless"), for the negation traps. */
  affixNegation: z.object({
    /**
     * A prefix before a stem of at least `minStem` letters; `except` lists stem beginnings that make another word
     * ("under", "until"), an entry ending in "$" a whole stem ("dish").
     */
    prefixes: z.array(z.object({ prefix: z.string().min(1), minStem: z.number().int().min(1), except: words.optional() })).min(1),
    /** A suffix after at least `minStem` letters, with the endings it may take ("" for none). */
    suffixes: z.array(z.object({ suffix: z.string().min(1), minStem: z.number().int().min(1), endings: z.array(z.string()).min(1) })),
    /** English in-/im-/ir-/il- negate only these stems ("impossible", "incorrect"; not "inform", "import"). */
    negatedStems: z.object({ prefixes: words.min(1), stems: words.min(1) }).optional(),
  }),
});

const falseFriendSchema = z.object({
  /** The look-alike forms, whole words. */
  de: words.min(1),
  en: words.min(1),
  /** What the German word means in English, and what the English word means in German, for the message. */
  deMeans: z.string().min(1),
  enMeans: z.string().min(1),
  /** Look-alike form in the target (lower case) → a certain replacement, per target language. */
  fixEn: z.record(z.string(), z.string().min(1)).optional(),
  fixDe: z.record(z.string(), z.string().min(1)).optional(),
  /** Source words that may honestly be rendered by the look-alike; a trailing * allows any ending. */
  legitDe: words.min(1),
  legitEn: words.min(1),
  /** Number words: after a number („1,2 Billionen“) they are the numbers check's business. */
  notAfterNumber: z.boolean().optional(),
});
const falseFriendsFileSchema = z.object({ falseFriends: z.array(falseFriendSchema).min(1) });

const separableVerbsFileSchema = z
  .object({
    /** Base verbs: their finite forms, and the bare English renderings that betray an ignored particle. */
    bases: z.record(z.string(), z.object({ forms: words.min(1), bare: words.min(1) })),
    /**
     * Particle verbs: particle, base (a key of `bases`), the English renderings of the whole verb (* allows any
     * ending; between the words of a phrase up to two others may stand; (a|b) is a choice) and extra bare renderings.
     */
    verbs: z.array(z.object({ particle: z.string().min(1), base: z.string().min(1), renderings: words.min(1), bare: words.optional() })).min(1),
    /** Words after which a clause goes on with a new verb: a particle before one of them ends its clause. */
    coordinators: words,
  })
  .superRefine((file, ctx) => {
    file.verbs.forEach((v, i) => {
      if (!file.bases[v.base]) ctx.addIssue({ code: 'custom', path: ['verbs', i, 'base'], message: `Unknown base verb ${v.base}: add it to bases.` });
    });
  });

const modalVerbsFileSchema = z.object({
  /** Forms of „müssen“ → the same form of „dürfen“: „muss nicht“ is "need not", "must not" is „darf nicht“. */
  mustToMay: z.record(z.string(), z.string().min(1)),
  /** Forms of „brauchen“, which with „nicht“ also means "need not". */
  need: words.min(1),
});

const addressFileSchema = z.object({
  /** Informal address (du, dein, euch …), lower case. */
  informal: words.min(1),
  /** Formal address, as written in mid-sentence (Sie, Ihr …). */
  formal: words.min(1),
});

const pronounsFileSchema = z.object({
  /** Personal and possessive pronouns that name a person's gender. */
  masculine: words.min(1),
  feminine: words.min(1),
  /** The neuter pronoun forms, for a thing that became a person in the translation. */
  neuter: words.optional(),
  /** Pronouns that let a pronoun of the other language stand for something else (they, it, the formal you). */
  otherReferents: words.optional(),
});

const tenseFileSchema = z.object({
  /** The auxiliary forms of the perfect (have, haben). */
  perfectAuxiliaries: words.min(1),
  /** Verbs whose simple past is their base form ("read", "put"): a lone such form tells no time. */
  samePast: words,
  /** The passive auxiliary's forms that place it in the present („wird geprüft“, "is checked") and in the past. */
  passivePresent: words.min(1),
  passivePast: words.min(1),
});

export type Scale = z.infer<typeof scaleSchema>;
export type Pole = z.infer<typeof poleSchema>;
export type ScaleTables = z.infer<typeof scalesFileSchema>;
export type NegationTables = z.infer<typeof negationFileSchema>;
export type FalseFriend = z.infer<typeof falseFriendSchema>;
export type SeparableVerbTables = z.infer<typeof separableVerbsFileSchema>;
export type ModalVerbTables = z.infer<typeof modalVerbsFileSchema>;
export type AddressTables = z.infer<typeof addressFileSchema>;
export type PronounTables = z.infer<typeof pronounsFileSchema>;
export type TenseTables = z.infer<typeof tenseFileSchema>;

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

const NEGATION: Record<BaseLang, NegationTables> = {
  de: parse(negationFileSchema, deNegation, 'de/negation.json'),
  en: parse(negationFileSchema, enNegation, 'en/negation.json'),
};
const PRONOUNS: Record<BaseLang, PronounTables> = {
  de: parse(pronounsFileSchema, dePronouns, 'de/pronouns.json'),
  en: parse(pronounsFileSchema, enPronouns, 'en/pronouns.json'),
};
const TENSE: Record<BaseLang, TenseTables> = {
  de: parse(tenseFileSchema, deTense, 'de/tense.json'),
  en: parse(tenseFileSchema, enTense, 'en/tense.json'),
};

/** The negation words of one language. */
export function negationTables(lang: BaseLang): NegationTables {
  return NEGATION[lang];
}

/** The gendered pronouns of one language. */
export function pronounTables(lang: BaseLang): PronounTables {
  return PRONOUNS[lang];
}

/** The verb forms that tell a tense, of one language. */
export function tenseTables(lang: BaseLang): TenseTables {
  return TENSE[lang];
}

/** German–English false friends („aktuell“ / "actual"), both directions. */
export const FALSE_FRIENDS: readonly FalseFriend[] = parse(falseFriendsFileSchema, deFalseFriends, 'de/false-friends.json').falseFriends;

/** German separable verbs and how English renders them. */
export const SEPARABLE_VERBS: SeparableVerbTables = parse(separableVerbsFileSchema, deSeparableVerbs, 'de/separable-verbs.json');

/** „müssen“ and „brauchen“ forms, for „muss nicht“ read as "must not". */
export const MODAL_VERBS: ModalVerbTables = parse(modalVerbsFileSchema, deModalVerbs, 'de/modal-verbs.json');

/** The German forms of address, formal and informal. */
export const ADDRESS: AddressTables = parse(addressFileSchema, deAddress, 'de/address.json');


/** Words compared with a text's lower-cased words: a capital in the file could never match. */
const lowerWords = z.array(z.string().min(1).regex(/^[^\p{Lu}]+$/u, 'Write the word in lower case.'));

const meaningFileSchema = z.object({
  /** Words that make an opposite a paraphrase ("not bad" for „gut“), whole words. */
  negators: lowerWords.min(1),
  /** Beginnings of negating words („kein“: keine, keinen …). */
  negatorBeginnings: lowerWords,
  /** Endings of negating words ("n't": don't, isn't). */
  negatorEndings: lowerWords,
});

const coverageFileSchema = z.object({
  /**
   * Endings of abstract nouns made from an adjective („Sicherheit“ from „sicher“, „Flüssigkeit“), longest first: such
   * a noun may be rendered by the adjective's adverb ("mit ziemlicher Sicherheit" → "almost certainly").
   */
  abstractNounSuffixes: lowerWords.min(1),
});

export type MeaningTables = z.infer<typeof meaningFileSchema>;
export type CoverageTables = z.infer<typeof coverageFileSchema>;

const MEANING: Record<BaseLang, MeaningTables> = {
  de: parse(meaningFileSchema, deMeaning, 'de/meaning.json'),
  en: parse(meaningFileSchema, enMeaning, 'en/meaning.json'),
};

/** The words that make an opposite a paraphrase, of one language (meaning). */
export function meaningTables(lang: BaseLang): MeaningTables {
  return MEANING[lang];
}

/** The German abstract-noun endings the coverage check reads a noun's base adjective by. */
export const GERMAN_COVERAGE: CoverageTables = parse(coverageFileSchema, deCoverage, 'de/coverage.json');

const germanClosedClassSchema = z.object({
  /** The definite and indefinite articles. */
  articles: lowerWords.min(1),
  /** Demonstratives, possessives and quantifiers: with the articles, a word after one of these is attributive, not a verb. */
  otherDeterminers: lowerWords.min(1),
  /** Prepositions, including contractions with the article. */
  prepositions: lowerWords.min(1),
  /** Personal, reflexive, indefinite and interrogative pronouns. */
  pronouns: lowerWords.min(1),
  /** Relative pronouns opening a verb-final clause after a comma. */
  relativePronouns: lowerWords.min(1),
  coordinators: lowerWords.min(1),
  /** Subordinating conjunctions (verb-final clause) and the comparison particles that allow Ausklammerung. */
  subordinators: lowerWords.min(1),
  /** Frequent adverbs and particles; none of them is a verb, whatever its ending. */
  adverbs: lowerWords.min(1),
  /** Number words ending like verbs or adjectives. */
  numberWords: lowerWords.min(1),
  /** Finite forms of sein: with them a participle may also be a predicative adjective („ist bekannt für“). */
  seinForms: lowerWords.min(1),
  /** Finite forms of haben: with those of sein, the perfect auxiliaries, closed by a participle. */
  habenForms: lowerWords.min(1),
  /** Finite forms of werden: future (infinitive) or passive (participle). */
  werdenForms: lowerWords.min(1),
  /** Finite forms of the modals (and lassen): closed by an infinitive. */
  modals: lowerWords.min(1),
  /** Unambiguous finite forms of frequent verbs: one makes a sentence a clause, two in a row a garbled one. */
  finiteVerbs: lowerWords.min(1),
  /** Adjectives and adverbs that end like finite verbs (-t, -st). */
  notVerbsT: lowerWords.min(1),
  /** Sentence openers that make a verbless sentence acceptable (greetings, formulas, answers). */
  verblessOpeners: lowerWords.min(1),
  /** Separable particles, which may stand before the ge- of a participle („angekündigt“). */
  separablePrefixes: lowerWords.min(1),
  /** Lowercase ge- words that are not participles („gegen“, „gestern“). */
  notGeParticiples: lowerWords.min(1),
});

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

export type GermanClosedClass = z.infer<typeof germanClosedClassSchema>;
/** German closed-class words and verb forms, for the verbal-bracket rules and the verb shapes (de/closed-class.json). */
export const GERMAN_CLOSED_CLASS: GermanClosedClass = parse(germanClosedClassSchema, deClosedClass, 'de/closed-class.json');

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

const namingNounsFileSchema = z.object({
  /** Nouns (singular forms, lower case) that name a kind of thing and take its name after them: „der Befehl call“, „die Option bind“. */
  namingNouns: lowerWords.min(1),
  /** Words that join the items of a list: „enable und disable“. */
  coordinators: lowerWords.min(1),
});
export type NamingNounTables = z.infer<typeof namingNounsFileSchema>;
export const NAMING_NOUNS: NamingNounTables = parse(namingNounsFileSchema, deNamingNouns, 'de/naming-nouns.json');
