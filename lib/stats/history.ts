/** What post-editing statistics read about a segment: its source, machine output, final text and revisions. */

export type RevisionKind = 'machine' | 'edit' | 'import' | 'revert';

export interface RevisionEntry {
  author: string;
  kind: RevisionKind;
  text: string;
  /** ISO 8601 timestamp, as stored. */
  createdAt: string;
}

export interface SegmentHistory {
  segmentId: number;
  source: string;
  /** The engine's output; null when the segment had none (translated by hand or imported). */
  machine: string | null;
  final: string;
  /** In the order they were made (by version). */
  revisions: RevisionEntry[];
  findingsFixed?: number;
}

/** Revisions a person made: machine output and imports are written by the system in bulk, not worked on. */
export function isHumanEdit(revision: RevisionEntry): boolean {
  return revision.kind === 'edit' || revision.kind === 'revert';
}
