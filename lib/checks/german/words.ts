/** Closed-class German words (articles, pronouns, prepositions, conjunctions, auxiliaries) as lowercase sets, from lib/checks/data/de/closed-class.json. */
import { GERMAN_CLOSED_CLASS as W } from '../data';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const ARTICLES = set(W.articles);
/** Articles, demonstratives, possessives and quantifiers: a word after one of these is attributive, not a verb. */
export const DETERMINERS = set([...W.articles, ...W.otherDeterminers]);
export const PREPOSITIONS = set(W.prepositions);
export const PRONOUNS = set(W.pronouns);
export const RELATIVE_PRONOUNS = set(W.relativePronouns);
export const COORDINATORS = set(W.coordinators);
export const SUBORDINATORS = set(W.subordinators);
export const ADVERBS = set(W.adverbs);
export const NUMBER_WORDS = set(W.numberWords);
export const SEIN_FORMS = set(W.seinForms);
/** Finite forms of haben and sein: the perfect auxiliaries, closed by a participle. */
export const PERFECT_AUXILIARIES = set([...W.seinForms, ...W.habenForms]);
export const WERDEN_FORMS = set(W.werdenForms);
export const MODALS = set(W.modals);
/** Every finite auxiliary or modal: they open the verbal bracket in a main clause. */
export const AUXILIARIES = set([...W.seinForms, ...W.habenForms, ...W.werdenForms, ...W.modals]);
export const FINITE_VERBS = set(W.finiteVerbs);
export const NOT_VERBS_T = set(W.notVerbsT);
export const VERBLESS_OPENERS = set(W.verblessOpeners);
export const SEPARABLE_PREFIXES: readonly string[] = W.separablePrefixes;
export const NOT_GE_PARTICIPLES = set(W.notGeParticiples);
