/** German grammar resources for the checks: closed-class word lists, verb morphology and a tokenizer. */
export * from './words';
export * from './verbs';
export * from './tokens';
