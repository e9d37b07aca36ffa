/** Post-editing statistics: edit distances, working time and recurring corrections from segment histories. */
export type { RevisionEntry, RevisionKind, SegmentHistory } from './history';
export { FIRST_EDIT_MS, SESSION_GAP_MS, workingTimeMs, type TimingOptions } from './sessions';
export { documentStats, translatorStats, type PostEditStats, type TranslatorStats } from './post-edit';
export { statsCsv, type StatsCsvRow } from './csv';
export { mineCorrections, type CorrectionProposal, type MineOptions } from './corrections';
