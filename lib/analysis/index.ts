/**
 * One linguistic analysis per segment, shared by every check: `analyse(text, lang)` returns tokens (offsets, lemma,
 * part of speech, morphology, negation, clause, content word), clauses, verb groups (tense, aspect, voice, modal,
 * mood, imperative, negation, separable particle re-attached) and named-entity candidates. The same (lang, text)
 * gives the same object while it is cached: read it, never change it.
 *
 * Resources: German full forms from german-pos-dict (data/de-morphology.tsv.gz), English lemmas and irregular forms
 * from WordNet 3.0 with its morphy rules (data/en-wordnet.tsv.gz), closed-class words from data/{de,en}-closed.json.
 */
export { analyse } from './analyse';
export { wordReading, type WordReading } from './word';
export type { Analysis, Case, Clause, Entity, Morph, Pos, Reading, Sentence, Tense, Token, VerbGroup } from './types';
export { POS } from './types';
