/** The compiled German–English dictionary: look-ups, stemming and word alignment. */
export { parseDingLine } from './ding';
export { withInverse, type LexiconMaps } from './store';
export { englishCandidates, germanCandidates, lemmaCandidates } from './morph';
export { isStopword } from './stopwords';
export { createLexicon, lookup, isKnownWord, hasEntry, type Lexicon, type WordAnalysis } from './lookup';
export { alignWords, HIGH_CONFIDENCE, LINK_CONFIDENCE, MAX_ALIGNED_CHARS, type Alignment, type LinkKind, type Token } from './align';
export { alignSegment, analysedTokens } from './segment-alignment';
export { tokenize } from './tokenize';
export { rankSenses, type RankedSenses } from './senses';
