/** Post-editing statistics as CSV (RFC 4180), one row per document or translator, for spreadsheets. */
import { toCsv } from '../formats';
import type { PostEditStats } from './post-edit';

export interface StatsCsvRow {
  /** The document title or the translator's name. */
  label: string;
  stats: PostEditStats;
}

// A Record so that a new PostEditStats field cannot be forgotten here; its order is the column order.
const COLUMNS: Record<keyof PostEditStats, string> = {
  segments: 'segments',
  measured: 'measured_segments',
  edited: 'edited_segments',
  unchangedShare: 'unchanged_share',
  charEditDistance: 'char_edit_distance',
  charEditRate: 'char_edit_rate',
  wordEditDistance: 'word_edit_distance',
  wordEditRate: 'word_edit_rate',
  averageCharEditDistance: 'avg_char_edit_distance',
  averageWordEditDistance: 'avg_word_edit_distance',
  workedSegments: 'worked_segments',
  workingMinutes: 'working_minutes',
  segmentsPerHour: 'segments_per_hour',
  findingsFixed: 'findings_fixed',
};

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

/** A header line and one line per row, CRLF-terminated; rates keep 4 decimals, a missing figure is an empty cell; `bom` as in toCsv. */
export function statsCsv(rows: readonly StatsCsvRow[], labelHeader = 'name', options: { bom?: boolean } = {}): string {
  const keys = Object.keys(COLUMNS) as (keyof PostEditStats)[];
  return toCsv([[labelHeader, ...keys.map((k) => COLUMNS[k])], ...rows.map((row) => [row.label, ...keys.map((k) => rounded(row.stats[k]))])], options);
}
