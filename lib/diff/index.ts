/** Differences between versions of a segment: word diffs, track changes, edit distances. */
export { wordDiff, diffStats, type DiffPart, type DiffKind, type DiffStats } from './word-diff';
export { chainDiff, type ChainPart, type ChainVersion } from './chain-diff';
export {
  charEditDistance,
  wordEditDistance,
  charEditRate,
  wordEditRate,
} from './edit-distance';
