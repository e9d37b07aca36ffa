import { describe, expect, it } from 'vitest';
import { statsCsv } from './csv';
import { documentStats } from './post-edit';

const HEADER =
  'segments,measured_segments,edited_segments,unchanged_share,char_edit_distance,char_edit_rate,word_edit_distance,' +
  'word_edit_rate,avg_char_edit_distance,avg_word_edit_distance,worked_segments,working_minutes,segments_per_hour,findings_fixed';

describe('statsCsv', () => {
  const stats = documentStats([
    { segmentId: 1, source: 'a', machine: 'The cat sat.', final: 'The cats sat.', revisions: [] },
    { segmentId: 2, source: 'b', machine: 'Hi.', final: 'Hi.', revisions: [] },
    { segmentId: 3, source: 'c', machine: 'Yes.', final: 'Yes.', revisions: [] },
  ]);

  it('writes a header and one CRLF-terminated line per row, rounding to 4 decimals', () => {
    // 1 char edit over 13 + 3 + 4 characters = 0.05; 1 token edit over 4 + 2 + 2 tokens = 0.125.
    expect(statsCsv([{ label: 'Bericht', stats }], 'document')).toBe(
      `document,${HEADER}\r\nBericht,3,3,1,0.6667,1,0.05,1,0.125,0.3333,0.3333,0,0,,0\r\n`,
    );
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const csv = statsCsv([
      { label: 'Müller, Anna', stats },
      { label: 'The "final" draft', stats },
      { label: 'two\nlines', stats },
    ]);
    const labels = csv.split('\r\n').slice(1, 4).map((line) => line.slice(0, line.indexOf(',3,')));
    expect(labels).toEqual(['"Müller, Anna"', '"The ""final"" draft"', '"two\nlines"']);
  });

  it('defuses labels a spreadsheet would run as a formula', () => {
    const line = statsCsv([{ label: '=HYPERLINK("x")', stats }]).split('\r\n')[1] ?? '';
    expect(line.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it('writes only the header for no rows', () => {
    expect(statsCsv([])).toBe(`name,${HEADER}\r\n`);
  });
});
