/** Aligning a source with a translation made elsewhere ("bring your own translation"), and fixing the result before import. */
export { alignBlocks, type AlignOptions } from './align';
export { mergeWithNext, splitTarget, setTarget, segmentKey, toSegmentTargets } from './edit';
export type { AlignedPair, Alignment, SourceSentence } from './types';
