/** The compiled German–English dictionary: look-ups, stemming and word alignment. */
export { parseDingLine } from './ding';
export { withInverse, type LexiconMaps } from './store';
export { englishCandidates, germanCandidates, lemmaCandidates } from './morph';
export { isStopword } from './stopwords';
export { createLexicon, lookup, isKnownWord, hasEntry, type Lexicon, type WordAnalysis } from './lookup';
export { alignWords, type Alignment, type Token } from './align';
export { tokenize } from './tokenize';
