/** German grammar resources for the checks: closed-class word lists, verb morphology, a tokenizer, antonym scales. */
export * from './words';
export * from './verbs';
export * from './tokens';
export * from './contrasts';
