/** The one CSV writer (RFC 4180, CRLF) behind every export, with cells a spreadsheet would run as a formula defused. */

/** A number is written as a number (a spreadsheet computes with it); null is an empty cell. */
export type CsvCell = string | number | null;

// OWASP's formula triggers (=, +, -, @, tab, carriage return), also behind apostrophes, so that unguardCsvCell can undo exactly one.
const FORMULA = /^'*[=+\-@\t\r]/;

/** A text cell: a leading apostrophe makes a spreadsheet show a would-be formula as text; quoted when it holds a delimiter, quote, line break or edge space. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text a guarded cell was written from: the apostrophe csvCell put before a formula trigger is taken off again. */
export function unguardCsvCell(field: string): string {
  return FORMULA.test(field) && field.startsWith("'") ? field.slice(1) : field;
}

/** One CRLF-terminated line per row (an empty row is an empty line); `bom` puts a UTF-8 byte order mark first, so Excel reads umlauts as UTF-8. */
export function toCsv(rows: readonly (readonly CsvCell[])[], { bom = false } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
