/** Which segments belong in the translation memory, and as what; where a search in it looks. */
import type { SegmentStatus, TmState } from '../db/schema';

export interface SegmentPair {
  status: SegmentStatus;
  targetText: string;
  machineText: string | null;
}

/**
 * Approved pairs are the memory's core; a pair a person changed (edited or submitted, not the unchanged machine or
 * imported text) is kept marked 'edited'; machine text nobody reviewed and rejected text do not belong in it.
 * Keep in step with the backfill in lib/db/migrations/0002_tm_units.sql.
 */
export function tmStateOf(segment: SegmentPair): Exclude<TmState, 'imported'> | null {
  if (!segment.targetText.trim()) return null;
  if (segment.status === 'approved') return 'approved';
  if ((segment.status === 'edited' || segment.status === 'submitted') && segment.targetText !== segment.machineText) return 'edited';
  return null;
}

/** Where a concordance search looks: the stored sources, the targets, or both. */
export const CONCORDANCE_SIDES = ['source', 'target', 'both'] as const;
export type ConcordanceSide = (typeof CONCORDANCE_SIDES)[number];
