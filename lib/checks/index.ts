/** The checks that find suspicious passages: types, the registry, and running them. */
export * from './types';
export {
  CHECKS,
  checkDocument,
  checkDocumentLevel,
  checkSegment,
  defaultSettings,
  fingerprint,
  SEVERITY_WEIGHT,
  warmUp,
  type CheckDefinition,
  type CheckSettings,
} from './registry';
export { CATALOGUES, ruleById, rulesOf } from './rules/catalogue';
export type { Rule } from './rules/schema';
export { suggestions } from './dictionaries';
export { scoreFindings, segmentRisk, type RiskSegment, type ScoredFinding } from './risk';
