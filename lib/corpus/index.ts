/** A German–English parallel corpus from the man pages Debian ships (manpages-de and the English originals). */
export { roffToSections, unescapeRoff, macroArgs, type RoffSection, type RoffSkip } from './roff';
export { pairParagraphs, pairSentences, rejectReason, type ParagraphPair, type PageParagraphs, type RejectReason } from './pair';
export { corpusSplit, fnv1a32, HELDOUT_PERCENT, type CorpusSplit } from './split';
export { loadCorpus, parseCorpus, corpusPairSchema, CORPUS_FILE, type CorpusPair } from './load';
