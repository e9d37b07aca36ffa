import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, unguardCsvCell } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['@SUM(1)', "'@SUM(1)"],
    ['-1+2', "'-1+2"],
    ['+49 30 1234', "'+49 30 1234"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ["'=1", "''=1"],
  ])('writes %j, which a spreadsheet would run, as text: %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
    expect(unguardCsvCell(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)).toBe(value);
  });

  it('writes numbers as numbers, negative ones too, and null as an empty cell', () => {
    expect(toCsv([[-1, 0.25, 3, null, '-1']])).toBe("-1,0.25,3,,'-1\r\n");
  });

  it('quotes delimiters (also ";", for German Excel), quotes, line breaks and edge spaces, and nothing else', () => {
    expect(['a,b', 'a;b', 'say "hi"', 'two\nlines', ' pad ', 'Größe – „gut“', "rock 'n' roll"].map(csvCell)).toEqual([
      '"a,b"',
      '"a;b"',
      '"say ""hi"""',
      '"two\nlines"',
      '" pad "',
      'Größe – „gut“',
      "rock 'n' roll",
    ]);
  });

  it('leaves an apostrophe that guards nothing alone when reading back', () => {
    expect(unguardCsvCell("'n' roll")).toBe("'n' roll");
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF, writes an empty row as an empty line and a byte order mark on request', () => {
    expect(toCsv([['a', 1], [], ['b']], { bom: true })).toBe('\uFEFFa,1\r\n\r\nb\r\n');
    expect(toCsv([])).toBe('');
  });
});
