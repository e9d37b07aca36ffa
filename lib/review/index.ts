/** The domain operations on documents, segments and revisions. */
export * from './documents';
export * from './segments';
export * from './translate';
export * from './export';
export * from './seed';
export * from './findings';
export * from './terms';
export * from './settings';
export * from './assist';
export * from './activity';
export * from './workflow';
export * from './comments';
export * from './pulse';
export * from './presence';
export * from './changes';
export * from './lqa';
export * from './stats';
