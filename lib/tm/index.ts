/** Translation memory of reviewed pairs across documents: match scoring and membership (the database side is lib/review/tm). */
export { matchScore, sourceDiff, MIN_SCORE, PENALTY, type MatchScore } from './score';
export { tmStateOf, type SegmentPair } from './state';
