/** Measuring the checks against human-annotated errors: dev-set records, conversion, metrics and the report. */
export * from './dataset';
export * from './metrics';
export { mqmCategory, mqmSeverity, mqmToSegments, parseMqmExcerpt, stripMarks, type MqmConversion, type MqmRow } from './mqm';
export { evaluate, runChecks, type DocumentChecker, type EvaluatedSegment, type Evaluation, type FalsePositive } from './run';
export { evaluationJson, formatEvaluation } from './report';
export * from './perturb';
export * from './perturb-kinds';
