/** Translation memory of reviewed pairs across documents: match scoring and membership (the database side is lib/review/tm). */
export { matchScore, scoredWords, sourceDiff, MIN_SCORE, PENALTY, type MatchScore } from './score';
export { probeWords, wordCountRange } from './candidates';
export { tmStateOf, CONCORDANCE_SIDES, type ConcordanceSide, type SegmentPair } from './state';
