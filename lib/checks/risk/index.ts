/** The calibrated risk: each finding's probability of marking a real error, and a segment's risk from them. */
export { findingFeatures, segmentFeatures, segmentLength, type RiskSegment } from './features';
export { fit, predict, type Example, type FitOptions, type LogisticModel } from './logistic';
export { combineRisk, RISK_WEIGHTS, riskWeightsSchema, scoreFindings, segmentRisk, type RiskWeights, type ScoredFinding } from './model';
export { brierScore, reliabilityBins, shareInTop, type Outcome, type ReliabilityBin } from './measure';
