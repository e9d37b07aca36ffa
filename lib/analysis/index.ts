/** One linguistic analysis per segment (tokens, lemmas, parts of speech, morphology, clauses, verb groups, names), shared by every check. */
export { analyse } from './analyse';
export type { Analysis, Case, Clause, Entity, Morph, Pos, Reading, Tense, Token, VerbGroup } from './types';
export { POS } from './types';
