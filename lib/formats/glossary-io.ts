/** Glossary files: reading and writing CSV (as spreadsheets save it) and TBX (TBX-Basic 2008 and TBX v3), one row per concept. */
import { toCsv, unguardCsvCell } from './csv';
import { decodeTextFile } from './encoding';
import { FormatError } from './errors';
import { attrNS, children, escapeAttr, escapeText, localName, parseXml, textContent, XML_NS, xmlText, type XmlElement } from './xml/safe';

export interface GlossaryRow {
  sourceTerm: string;
  targetTerm: string;
  /** Target-language terms translators must not use. */
  forbidden: string[];
  note?: string;
}

const invalid = (message: string) => new FormatError('invalid-glossary', message);

// ── CSV ────────────────────────────────────────────────────────────────────

type Column = 'source' | 'target' | 'forbidden' | 'note';
/** Header names, lower case, in English and German. */
const HEADERS: Record<string, Column> = {
  source: 'source',
  'source term': 'source',
  quelle: 'source',
  ausgangssprache: 'source',
  target: 'target',
  'target term': 'target',
  ziel: 'target',
  zielsprache: 'target',
  forbidden: 'forbidden',
  'forbidden terms': 'forbidden',
  verboten: 'forbidden',
  note: 'note',
  notes: 'note',
  comment: 'note',
  notiz: 'note',
  anmerkung: 'note',
  kommentar: 'note',
};
const HEADER_HINT = 'The first line must name the columns: source, target and optionally forbidden and note (or Quelle, Ziel, Verboten, Notiz).';

/**
 * Reads a glossary CSV (text, or the file's bytes): a header row, then one term per row. The delimiter
 * (',' or ';', as German Excel writes it) is taken from the header; forbidden variants are separated by '|'.
 */
export function readGlossaryCsv(input: string | Uint8Array): GlossaryRow[] {
  const text = typeof input === 'string' ? input : decodeGlossaryCsv(input);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records = parseCsv(body, delimiter);
  const header = records.shift();
  if (!header) throw invalid(`The glossary file is empty. ${HEADER_HINT}`);
  const columns = header.fields.map((name) => HEADERS[name.trim().toLowerCase()]);
  const index = (column: Column) => columns.indexOf(column);
  if (index('source') < 0 || index('target') < 0) {
    throw invalid(`Line 1 does not name a source and a target column (it has: ${header.fields.join(', ') || 'nothing'}). ${HEADER_HINT}`);
  }
  const rows: GlossaryRow[] = [];
  for (const { line, fields } of records) {
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length > header.fields.length) {
      throw invalid(
        `Line ${line} has ${fields.length} fields but the header has ${header.fields.length}. Put terms that contain "${delimiter}" in double quotes.`,
      );
    }
    const field = (column: Column) => {
      const i = index(column);
      return i < 0 ? '' : unguardCsvCell(fields[i] ?? '').trim();
    };
    const sourceTerm = field('source');
    const targetTerm = field('target');
    if (!sourceTerm) throw invalid(`Line ${line}: the source term is empty.`);
    if (!targetTerm) throw invalid(`Line ${line}: the target term for "${sourceTerm}" is empty.`);
    const note = field('note');
    rows.push({ sourceTerm, targetTerm, forbidden: splitForbidden(field('forbidden')), ...(note ? { note } : {}) });
  }
  return rows;
}

/** UTF-8 (or UTF-16 with a byte order mark); Excel's plain "CSV" (Windows-1252) is refused with the place of its first non-UTF-8 byte. */
function decodeGlossaryCsv(bytes: Uint8Array): string {
  const decoded = decodeTextFile(bytes);
  if ('problem' in decoded) throw invalid(`The file ${decoded.problem}. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.`);
  return decoded.text;
}

/** CSV with a byte order mark (so Excel reads the umlauts as UTF-8) and CRLF line ends, as RFC 4180 says. */
export function writeGlossaryCsv(rows: readonly GlossaryRow[]): string {
  const lines = [['source', 'target', 'forbidden', 'note'], ...rows.map((row) => [row.sourceTerm, row.targetTerm, row.forbidden.join('|'), row.note ?? ''])];
  return toCsv(lines, { bom: true });
}

function splitForbidden(value: string): string[] {
  return value
    .split('|')
    .map((term) => term.trim())
    .filter(Boolean);
}

/** The delimiter that makes the header name both a source and a target column; else the more frequent one. */
function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  for (const delimiter of [',', ';'] as const) {
    const names = new Set((parseCsv(firstLine, delimiter)[0]?.fields ?? []).map((n) => HEADERS[n.trim().toLowerCase()]));
    if (names.has('source') && names.has('target')) return delimiter;
  }
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** RFC 4180 records, each with the line it starts on; quoted fields may hold delimiters, quotes ("") and line breaks. */
function parseCsv(text: string, delimiter: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        // Only a delimiter or a line end may follow a closing quote.
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          throw invalid(`Line ${line}: a quoted field is followed by text. Write a quote inside a quoted field as "".`);
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      i++;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw invalid(`Line ${quoteLine}: a quoted field is never closed. Add the closing ".`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

// ── TBX ────────────────────────────────────────────────────────────────────

export interface TbxGlossary {
  /** The languages as the file writes them ('de', 'en-GB', …). */
  sourceLang: string;
  targetLang: string;
  rows: GlossaryRow[];
}

export interface TbxLanguages {
  sourceLang: string;
  targetLang: string;
}

const FORBIDDEN_STATUS = new Set(['deprecatedterm-admn-sts', 'supersededterm-admn-sts', 'deprecatedterm', 'supersededterm']);
const PREFERRED_STATUS = new Set(['preferredterm-admn-sts', 'preferredterm']);

/**
 * Reads TBX-Basic (`<martif>` … `<termEntry><langSet><tig><term>`) and TBX v3 (`<tbx>` …
 * `<conceptEntry><langSec><termSec><term>`). Without `langs`, the file's xml:lang is the source
 * and the other language the target. In the target language, terms marked deprecated or superseded
 * become forbidden variants; the preferred term (else the first other one) is the target term, and
 * further admitted terms go into the note. Every allowed source term (synonyms) becomes a row.
 * The file's bytes are read in the encoding it declares, as parseXml reads them.
 */
export function readTbx(input: string | Uint8Array, langs?: TbxLanguages): TbxGlossary {
  const root = parseTbx(xmlText(input)).root;
  const rootName = localName(root.name);
  if (rootName !== 'martif' && rootName !== 'tbx') {
    throw invalid(`This is not a TBX file: its top element is <${root.name}>, not <martif> or <tbx>.`);
  }
  const entries = descendants(root, (el) => ['termEntry', 'conceptEntry'].includes(localName(el.name)));
  const languages = [...new Set(entries.flatMap((entry) => langSets(entry).map(langOf)))].filter(Boolean);
  const declared = attrNS(root, XML_NS, 'lang');
  const sourceLang = langs?.sourceLang ?? languages.find((l) => sameLanguage(l, declared)) ?? languages[0];
  const targetLang = langs?.targetLang ?? languages.find((l) => !sameLanguage(l, sourceLang));
  if (!sourceLang || !targetLang) {
    throw invalid('The TBX file needs terms in two languages (langSet or langSec elements with xml:lang).');
  }
  const rows: GlossaryRow[] = [];
  for (const entry of entries) {
    const sets = langSets(entry);
    const source = sets.filter((s) => sameLanguage(langOf(s), sourceLang)).flatMap(termsOf);
    const target = sets.filter((s) => sameLanguage(langOf(s), targetLang)).flatMap(termsOf);
    const sourceTerms = source.filter((t) => !t.forbidden).map((t) => t.term);
    const allowed = target.filter((t) => !t.forbidden);
    // The preferred term is the required rendering, else the first one listed.
    const targetTerm = (allowed.find((t) => t.preferred) ?? allowed[0])?.term;
    // An entry with only one side, or only forbidden terms, gives nothing to translate with.
    if (!sourceTerms.length || !targetTerm) continue;
    // A glossary row has one required rendering: other admitted ones are kept in the note, not lost.
    const admitted = allowed.map((t) => t.term).filter((t) => t !== targetTerm);
    const note = [noteOf(entry, sets.filter((s) => sameLanguage(langOf(s), targetLang))), admitted.length ? `Also admitted: ${admitted.join(', ')}.` : '']
      .filter(Boolean)
      .join(' ');
    // Each source synonym is a row of its own, so all of them are checked and sent to DeepL.
    for (const sourceTerm of new Set(sourceTerms)) {
      rows.push({ sourceTerm, targetTerm, forbidden: target.filter((t) => t.forbidden).map((t) => t.term), ...(note ? { note } : {}) });
    }
  }
  return { sourceLang, targetLang, rows };
}

/** TBX-Basic in the widely read 2008 form (`<martif type="TBX-Basic">`), forbidden terms as deprecatedTerm-admn-sts. */
export function writeTbx(rows: readonly GlossaryRow[], langs: TbxLanguages): string {
  const term = (text: string, forbidden: boolean) =>
    `        <tig>\n          <term>${escapeText(text)}</term>\n` +
    `          <termNote type="administrativeStatus">${forbidden ? 'deprecatedTerm-admn-sts' : 'preferredTerm-admn-sts'}</termNote>\n        </tig>\n`;
  const entries = rows.map(
    (row, i) =>
      `    <termEntry id="t${i + 1}">\n` +
      (row.note ? `      <note>${escapeText(row.note)}</note>\n` : '') +
      `      <langSet xml:lang="${escapeAttr(langs.sourceLang)}">\n${term(row.sourceTerm, false)}      </langSet>\n` +
      `      <langSet xml:lang="${escapeAttr(langs.targetLang)}">\n${term(row.targetTerm, false)}` +
      row.forbidden.map((f) => term(f, true)).join('') +
      '      </langSet>\n    </termEntry>\n',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<martif type="TBX-Basic" xml:lang="${escapeAttr(langs.sourceLang)}">\n` +
    '  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Exported from Lektorat</p>\n      </sourceDesc>\n    </fileDesc>\n  </martifHeader>\n' +
    `  <text>\n  <body>\n${entries.join('')}  </body>\n  </text>\n</martif>\n`
  );
}

/**
 * TBX-Basic files often carry `<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">`. A DOCTYPE that
 * only names an external DTD defines no entities here (the DTD is never fetched), so it is blanked
 * out; one with an internal subset ([…], where entities live) still reaches the parser, which refuses it.
 */
function parseTbx(xml: string) {
  const external = /<!DOCTYPE\s+[\w:.-]+(?:\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*')))?\s*>/;
  const head = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/.exec(xml)?.[0].length ?? 0;
  const doctype = external.exec(xml.slice(head));
  const text = doctype?.index === 0 ? xml.slice(0, head) + ' '.repeat(doctype[0].length) + xml.slice(head + doctype[0].length) : xml;
  try {
    return parseXml(text);
  } catch (e) {
    if (e instanceof FormatError && (e.code as string) === 'xml-dtd-refused') {
      throw new FormatError(
        e.code,
        'The TBX file defines its own entities (<!DOCTYPE … [ … ]> or <!ENTITY>), which can hide harmful content, so it is refused. Export it again without an internal DTD.',
      );
    }
    throw e;
  }
}

function descendants(el: XmlElement, match: (el: XmlElement) => boolean): XmlElement[] {
  return children(el).flatMap((child) => (match(child) ? [child] : descendants(child, match)));
}

function langSets(entry: XmlElement): XmlElement[] {
  return children(entry).filter((c) => ['langSet', 'langSec'].includes(localName(c.name)));
}

function langOf(set: XmlElement): string {
  return attrNS(set, XML_NS, 'lang') ?? '';
}

/** 'en-GB' matches 'en' and 'EN-gb': a glossary's languages rarely say the region the text does. */
function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  const base = (l: string | undefined) => (l ?? '').toLowerCase().split(/[-_]/)[0];
  return a !== undefined && b !== undefined && base(a) === base(b) && base(a) !== '';
}

/** The terms of a language set: tig (TBX-Basic), ntig/termGrp (TBX 2008 full), termSec (v3). */
function termsOf(set: XmlElement): { term: string; forbidden: boolean; preferred: boolean }[] {
  const groups = descendants(set, (el) => ['tig', 'ntig', 'termSec'].includes(localName(el.name)));
  return groups.flatMap((group) => {
    const [term] = descendants(group, (el) => localName(el.name) === 'term');
    const text = term ? textContent(term).replace(/\s+/g, ' ').trim() : '';
    if (!text) return [];
    const statuses = descendants(group, (el) => localName(el.name) === 'termNote')
      .filter((note) => ['administrativeStatus', 'normativeAuthorization'].includes(note.attrs.find((a) => a.name === 'type')?.value ?? ''))
      .map((note) => textContent(note).trim().toLowerCase());
    return [{ term: text, forbidden: statuses.some((s) => FORBIDDEN_STATUS.has(s)), preferred: statuses.some((s) => PREFERRED_STATUS.has(s)) }];
  });
}

/** The entry's note or definition, else the target language's. */
function noteOf(entry: XmlElement, targetSets: XmlElement[]): string | undefined {
  for (const scope of [entry, ...targetSets]) {
    for (const el of children(scope)) {
      const name = localName(el.name);
      const type = el.attrs.find((a) => a.name === 'type')?.value;
      if (name === 'note' || (name === 'descrip' && type === 'definition')) {
        const text = textContent(el).replace(/\s+/g, ' ').trim();
        if (text) return text;
      }
      // TBX v3 and TBX-Basic both allow descripGrp around a descrip.
      if (name === 'descripGrp') {
        const [descrip] = children(el, 'descrip');
        if (descrip?.attrs.some((a) => a.name === 'type' && a.value === 'definition')) return textContent(descrip).trim() || undefined;
      }
    }
  }
  return undefined;
}

