/**
 * The rival in the same run: sentence pairs written as a Gettext PO file for translate-toolkit's `pofilter`,
 * and pofilter's output read back as the tests that failed per unit.
 */

export interface PoPair {
  source: string;
  target: string;
}

/**
 * pofilter's tests in translate-toolkit's `critical` category (the `@critical` decorator in
 * translate/filters/checks.py, 3.8): what the comparison counts as pofilter's major-or-critical findings.
 */
export const POFILTER_CRITICAL: ReadonlySet<string> = new Set([
  'escapes', 'newlines', 'tabs', 'printf', 'pythonbraceformat', 'variables', 'xmltags', 'validxml', 'dialogsizes', 'nplurals',
]);

/** A PO string literal: backslash, quote and control characters escaped as Gettext reads them. */
export function poString(text: string): string {
  const escaped = text.replace(/[\\"\n\t\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
  return `"${escaped}"`;
}

/** A PO file of the pairs, msgid the source and msgstr the target; the sources must be distinct. */
export function toPo(pairs: readonly PoPair[], targetLang: string): string {
  const header = `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"Language: ${targetLang}\\n"\n`;
  return [header, ...pairs.map((p) => `msgid ${poString(p.source)}\nmsgstr ${poString(p.target)}\n`)].join('\n');
}

/** Reverses poString on the quoted pieces of a (possibly wrapped) msgid or msgstr. */
function unquote(pieces: string[]): string {
  return pieces
    .map((piece) => piece.slice(1, -1))
    .join('')
    .replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

/**
 * The failed tests per msgid in pofilter's output (a PO file of the failing units, each with
 * `# (pofilter) test: message` comments). Wrapped strings are joined; the header unit is left out.
 */
export function parsePofilterOutput(po: string): Map<string, string[]> {
  const failed = new Map<string, string[]>();
  for (const unit of po.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const tests: string[] = [];
    const msgid: string[] = [];
    let field: 'msgid' | 'other' | undefined;
    for (const line of unit.split('\n')) {
      const test = /^# \(pofilter\) ([\w-]+):/.exec(line);
      if (test) tests.push(test[1]!);
      else if (line.startsWith('msgid ')) {
        field = 'msgid';
        msgid.push(line.slice(6).trim());
      } else if (/^(msgstr|msgctxt|msgid_plural)/.test(line)) field = 'other';
      else if (line.startsWith('"') && field === 'msgid') msgid.push(line.trim());
    }
    const id = unquote(msgid);
    if (tests.length > 0 && id !== '') failed.set(id, tests);
  }
  return failed;
}
