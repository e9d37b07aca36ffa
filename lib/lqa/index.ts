/** Language quality assessment: MQM-style scores from the errors reviewers mark, per source word. */
export { countWords } from './words';
export {
  DEFAULT_LQA_SETTINGS,
  LQA_SEVERITIES,
  lqaSettingsSchema,
  type LqaSettings,
  type LqaSeverity,
} from './settings';
export { lqaScore, type LqaInput, type LqaScore, type LqaTally, type MarkedError } from './score';
