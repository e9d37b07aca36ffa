/** A small, strict XML parser for uploaded XLIFF and TMX files: no DTDs, no entities beyond XML's five, hard limits. */
import { decodeBytes, encodingOf, invalidUtf8Place, sniffUnicode } from '../encoding';
import { bilingualError } from './errors';

/*
 * Why a hand-written parser instead of fast-xml-parser: the bilingual formats need (1) the exact
 * source text of every inline tag, so a tag written back is byte-for-byte the one read, and of every
 * unit, so a file written back changes only what was edited; (2) line and column on every error; and
 * (3) a DTD policy that is "refuse", not "parse and cap". fast-xml-parser's preserveOrder tree has no
 * source offsets, rebuilds attributes, and its validator accepts undeclared entities such as &nbsp;.
 * The subset of XML 1.0 that these files use (elements, attributes, text, CDATA, comments,
 * processing instructions, character references) fits in the ~300 lines below.
 */

export interface XmlAttribute {
  /** Qualified name as written, e.g. 'xml:space', 'its:locQualityIssueType'. */
  name: string;
  /** The value with references resolved and whitespace normalised as XML requires. */
  value: string;
  /** Offsets of the whole `name="value"` in the document text. */
  start: number;
  end: number;
}

export interface XmlElement {
  type: 'element';
  name: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
  parent: XmlElement | null;
  /** Offset of '<'. */
  start: number;
  /** Offset just after the start tag's '>'. */
  startTagEnd: number;
  /** Offset of the end tag's '<' (equals `end` for an empty-element tag). */
  endTagStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
}

export interface XmlText {
  type: 'text';
  value: string;
  cdata: boolean;
  start: number;
  end: number;
}

export interface XmlOther {
  type: 'comment' | 'pi';
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText | XmlOther;

export interface XmlDocument {
  /** The decoded document text all offsets refer to (without a byte order mark). */
  text: string;
  root: XmlElement;
}

export interface XmlLimits {
  /** Largest accepted document in bytes (UTF-8 bytes for a string). */
  maxBytes: number;
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 50 * 1024 * 1024, maxDepth: 100, maxElements: 200_000 };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*/y;
// Characters XML 1.0 forbids anywhere in a document.
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Parses an uploaded XML file (bytes in the encoding the file declares) or an already decoded string. */
export function parseXml(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlDocument {
  const lim = { ...DEFAULT_XML_LIMITS, ...limits };
  return new Parser(xmlText(input, lim.maxBytes), lim).parse();
}

/** An XML file's text (see decodeXml), without a byte order mark, refused above `maxBytes`. */
export function xmlText(input: string | Uint8Array, maxBytes = DEFAULT_XML_LIMITS.maxBytes): string {
  return typeof input === 'string' ? checkString(input, maxBytes) : decodeXml(input, maxBytes);
}

function tooLarge(bytes: number, max: number): Error {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return bilingualError('too-large', `The file is ${mb(bytes)}; files up to ${mb(max)} can be imported. Split the project into smaller files in your CAT tool.`);
}

function checkString(text: string, maxBytes: number): string {
  // UTF-8 never needs fewer bytes than UTF-16 code units, so the cheap test comes first.
  if (text.length > maxBytes) throw tooLarge(text.length, maxBytes);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
  // Already decoded: whatever encoding the declaration names was the caller's to apply.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// The declaration up to its encoding, and the encoding's quote and label.
const DECLARED_ENCODING = /^(<\?xml\s[^?]*?)encoding\s*=\s*(["'])([^"']*)\2/;
const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/**
 * The document's text: the byte order mark, else the declaration's encoding (any label TextDecoder
 * knows), else UTF-8. A declaration that names another encoding is rewritten to UTF-8 at the same
 * length, so that the offsets hold and a file written back from the text (as UTF-8) says what it is.
 */
function decodeXml(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  const unicode = sniffUnicode(bytes);
  const body = bytes.subarray(unicode?.length ?? 0);
  const sniffed = unicode?.encoding;
  const label = sniffed ? undefined : DECLARED_ENCODING.exec(String.fromCharCode(...body.subarray(0, 200)))?.[3];
  const declared = label === undefined ? 'utf-8' : encodingOf(label);
  if (declared === null) throw unknownEncoding(label!);
  // A file that claims UTF-16 but starts with a one-byte '<' is UTF-8 with a common, harmless mistake.
  let encoding = sniffed ?? (declared.startsWith('utf-16') ? 'utf-8' : declared);
  // Text in a legacy code page almost never forms valid multi-byte UTF-8: under such a declaration it is
  // a mislabelled UTF-8 file, which the declared code page would turn into "GrÃ¶ÃŸe".
  const asUtf8 = encoding !== 'utf-8' && !sniffed && body.some((b) => b >= 0x80) ? decodeBytes(body, 'utf-8') : null;
  if (asUtf8 !== null) encoding = 'utf-8';
  const text = asUtf8 ?? decodeBytes(body, encoding);
  if (text === null) {
    const says = label ? `says it is encoded as ${label} but ` : '';
    const what = encoding === 'utf-8' ? `UTF-8 (${invalidUtf8Place(body)})` : encoding.startsWith('utf-16') ? 'UTF-16' : label;
    throw bilingualError('xml-encoding', `The file ${says}is not valid ${what}. Export it again from your CAT tool as UTF-8 and upload it again.`);
  }
  const decl = DECLARED_ENCODING.exec(text);
  if (!decl) return text;
  const name = decl[3]!;
  if (sniffed) {
    const named = encodingOf(name);
    if (named === null) throw unknownEncoding(name);
    // A byte order mark and a declaration of UTF-8 or UTF-16 agree well enough; an 8-bit code page does not.
    if (!UNICODE.has(named)) {
      const how = unicode?.length ? `starts with a ${sniffed === 'utf-8' ? 'UTF-8' : 'UTF-16'} byte order mark` : 'is written in UTF-16';
      throw bilingualError('xml-encoding', `The file ${how} but says it is encoded as ${name}. Export it again from your CAT tool as UTF-8 and upload it again.`);
    }
  }
  if (/^utf-?8$/i.test(name)) return text;
  // Too short a label for 'UTF-8' leaves the declaration without one, which means UTF-8 too.
  const encodingDecl = decl[0].slice(decl[1]!.length);
  const utf8 = `encoding=${decl[2]}UTF-8${decl[2]}`;
  const replacement = utf8.length <= encodingDecl.length ? utf8.padEnd(encodingDecl.length) : ' '.repeat(encodingDecl.length);
  return decl[1] + replacement + text.slice(decl[0].length);
}

function unknownEncoding(label: string): Error {
  return bilingualError(
    'xml-encoding',
    `The file says it is encoded as ${label}, an encoding Lektorat does not know. Export it again from your CAT tool as UTF-8 (the usual setting) and upload it again.`,
  );
}

class Parser {
  private pos = 0;
  private depth = 0;
  private elements = 0;

  constructor(
    private readonly s: string,
    private readonly lim: XmlLimits,
  ) {}

  parse(): XmlDocument {
    const bad = ILLEGAL_CHAR.exec(this.s);
    if (bad) this.fail(`contains a control character (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) that XML does not allow`, bad.index);
    if (this.s.startsWith('<?xml') && /\s/.test(this.s[5] ?? '')) this.skipPi();
    let root: XmlElement | null = null;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.s.length) break;
      if (this.s.startsWith('<!--', this.pos)) this.skipComment();
      else if (this.s.startsWith('<?', this.pos)) this.skipPi();
      else if (this.startsWithDoctype()) this.refuseDoctype();
      else if (this.s[this.pos] === '<' && !root) root = this.element(null);
      else if (this.s[this.pos] === '<') this.fail('has a second top-level element; an XML file has exactly one', this.pos);
      else this.fail('has text outside the top-level element', this.pos);
    }
    if (!root) throw bilingualError('xml-malformed', 'The file contains no XML element. It may be empty or not an XML file.');
    return { text: this.s, root };
  }

  private startsWithDoctype(): boolean {
    return this.s.startsWith('<!DOCTYPE', this.pos) || this.s.startsWith('<!ENTITY', this.pos);
  }

  private refuseDoctype(): never {
    throw bilingualError(
      'xml-dtd-refused',
      `The file contains a document type declaration (<!DOCTYPE …>, ${this.where(this.pos)}). XLIFF and TMX files do not need one, and it can hide harmful entity definitions, so such files are refused. Remove the <!DOCTYPE …> line or export the file again from your CAT tool.`,
    );
  }

  private element(parent: XmlElement | null): XmlElement {
    const start = this.pos;
    if (++this.elements > this.lim.maxElements) {
      throw bilingualError('too-large', `The file has more than ${this.lim.maxElements.toLocaleString('en')} XML elements. Split the project into smaller files in your CAT tool.`);
    }
    if (++this.depth > this.lim.maxDepth) {
      throw bilingualError('too-large', `The file nests XML elements more than ${this.lim.maxDepth} levels deep (${this.where(start)}); real XLIFF and TMX files never do.`);
    }
    this.pos++;
    const name = this.name('an element name');
    const el: XmlElement = { type: 'element', name, attrs: [], children: [], parent, start, startTagEnd: 0, endTagStart: 0, end: 0, selfClosing: false };
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.pos >= this.s.length) this.eof(`the start tag <${name}>`, start);
      const c = this.s[this.pos];
      if (c === '>' || (c === '/' && this.s[this.pos + 1] === '>')) break;
      if (!hadSpace) this.fail(`has a broken start tag <${name}>: expected a space, '>' or '/>'`, this.pos);
      const attrStart = this.pos;
      const attrName = this.name('an attribute name');
      this.skipSpace();
      if (this.s[this.pos] !== '=') this.fail(`has an attribute "${attrName}" without a value`, this.pos);
      this.pos++;
      this.skipSpace();
      const quote = this.s[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`has the value of "${attrName}" without quotes`, this.pos);
      const close = this.s.indexOf(quote, this.pos + 1);
      if (close < 0) this.eof(`the value of "${attrName}"`, attrStart);
      const raw = this.s.slice(this.pos + 1, close);
      const lt = raw.indexOf('<');
      if (lt >= 0) this.fail(`has a '<' inside the value of "${attrName}"`, this.pos + 1 + lt);
      if (el.attrs.some((a) => a.name === attrName)) this.fail(`repeats the attribute "${attrName}"`, attrStart);
      // XML normalises literal tabs and line breaks in attribute values to spaces; references survive.
      const value = this.resolve(raw.replace(/\r\n|[\t\n\r]/g, ' '), this.pos + 1);
      this.pos = close + 1;
      el.attrs.push({ name: attrName, value, start: attrStart, end: this.pos });
    }
    if (this.s[this.pos] === '/') {
      this.pos += 2;
      el.selfClosing = true;
      el.startTagEnd = el.endTagStart = el.end = this.pos;
      this.depth--;
      return el;
    }
    this.pos++;
    el.startTagEnd = this.pos;
    this.content(el);
    return el;
  }

  private content(el: XmlElement): void {
    for (;;) {
      const lt = this.s.indexOf('<', this.pos);
      if (lt < 0) {
        this.pushText(el, this.s.length);
        this.eof(`the element <${el.name}>`, el.start);
      }
      if (lt > this.pos) this.pushText(el, lt);
      this.pos = lt;
      if (this.s.startsWith('</', lt)) {
        this.pos += 2;
        const name = this.name('an end tag name');
        this.skipSpace();
        if (this.pos >= this.s.length) this.eof(`the end tag </${name}>`, lt);
        if (this.s[this.pos] !== '>') this.fail(`has a broken end tag </${name}>`, this.pos);
        if (name !== el.name) {
          this.fail(`closes </${name}> where <${el.name}> (opened ${this.where(el.start)}) must be closed first`, lt);
        }
        this.pos++;
        el.endTagStart = lt;
        el.end = this.pos;
        this.depth--;
        return;
      }
      if (this.s.startsWith('<!--', lt)) {
        const start = this.pos;
        this.skipComment();
        el.children.push({ type: 'comment', start, end: this.pos });
      } else if (this.s.startsWith('<![CDATA[', lt)) {
        const close = this.s.indexOf(']]>', lt + 9);
        if (close < 0) this.eof('a CDATA section', lt);
        el.children.push({ type: 'text', value: normaliseNewlines(this.s.slice(lt + 9, close)), cdata: true, start: lt, end: close + 3 });
        this.pos = close + 3;
      } else if (this.s.startsWith('<?', lt)) {
        const start = this.pos;
        this.skipPi();
        el.children.push({ type: 'pi', start, end: this.pos });
      } else if (this.startsWithDoctype()) {
        this.refuseDoctype();
      } else if (this.s.startsWith('<!', lt)) {
        this.fail("has a '<!' that starts neither a comment nor a CDATA section", lt);
      } else {
        el.children.push(this.element(el));
      }
    }
  }

  private pushText(el: XmlElement, end: number): void {
    const raw = this.s.slice(this.pos, end);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) this.fail("has ']]>' in text, which XML does not allow there", this.pos + cdataEnd);
    el.children.push({ type: 'text', value: this.resolve(normaliseNewlines(raw), this.pos), cdata: false, start: this.pos, end });
    this.pos = end;
  }

  /** Resolves the five predefined entities and character references; any other entity is an error. */
  private resolve(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s<]*)(;?)/g, (match, ref: string, semi: string, at: number) => {
      if (!semi) this.fail("has an '&' that does not start a reference; write it as &amp;", offset + at);
      const named = PREDEFINED[ref];
      if (named !== undefined) return named;
      const num = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
      if (!num) {
        this.fail(`uses the entity &${ref}; which XML does not define. Write the character itself (or &#…; with its number) instead`, offset + at);
      }
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2] ?? '', 10);
      if (!isXmlChar(code)) this.fail(`has the character reference ${match} to a character XML does not allow`, offset + at);
      return String.fromCodePoint(code);
    });
  }

  private name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.s);
    if (!m) {
      if (this.pos >= this.s.length) this.eof('a tag', this.pos);
      this.fail(`has a broken tag: expected ${what}`, this.pos);
    }
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const from = this.pos;
    while (this.pos < this.s.length && /[ \t\r\n]/.test(this.s[this.pos] ?? '')) this.pos++;
    return this.pos > from;
  }

  private skipComment(): void {
    const close = this.s.indexOf('-->', this.pos + 4);
    if (close < 0) this.eof('a comment', this.pos);
    this.pos = close + 3;
  }

  private skipPi(): void {
    const close = this.s.indexOf('?>', this.pos + 2);
    if (close < 0) this.eof('a processing instruction', this.pos);
    this.pos = close + 2;
  }

  private eof(what: string, openedAt: number): never {
    throw bilingualError(
      'xml-malformed',
      `The file ends in the middle of ${what} (opened ${this.where(openedAt)}). It was probably cut off while saving, downloading or copying: export it again from your CAT tool.`,
    );
  }

  private fail(problem: string, at: number): never {
    const { line, column } = lineColumn(this.s, at);
    throw bilingualError(
      'xml-malformed',
      `The file is not well-formed XML (line ${line}, column ${column}): it ${problem}. Export it again from your CAT tool, or fix it in a text editor.`,
    );
  }

  private where(offset: number): string {
    const { line, column } = lineColumn(this.s, offset);
    return `on line ${line}, column ${column}`;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function normaliseNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// ── Reading helpers ────────────────────────────────────────────────────────────

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The namespace URI bound to `prefix` ('' = default namespace) where `el` sits, or null. */
export function namespaceOf(el: XmlElement, prefix: string): string | null {
  if (prefix === 'xml') return XML_NS;
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const decl = e.attrs.find((a) => a.name === attr);
    if (decl) return decl.value || null;
  }
  return null;
}

/** An unprefixed attribute's value. */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** A namespaced attribute's value, whatever prefix the file binds to the namespace. */
export function attrNS(el: XmlElement, ns: string, local: string): string | undefined {
  for (const a of el.attrs) {
    const colon = a.name.indexOf(':');
    if (colon < 0 || a.name.slice(colon + 1) !== local) continue;
    const prefix = a.name.slice(0, colon);
    if (prefix !== 'xmlns' && namespaceOf(el, prefix) === ns) return a.value;
  }
  return undefined;
}

/** The child elements, optionally only those with the given local name. */
export function children(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (local === undefined || localName(c.name) === local));
}

/** The concatenated text of an element and its descendants. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textContent(c) : '')).join('');
}

/** The effective xml:space of an element: the nearest declaration on it or an ancestor. */
export function preservesSpace(el: XmlElement): boolean {
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const v = attr(e, 'xml:space');
    if (v !== undefined) return v === 'preserve';
  }
  return false;
}

// ── Writing helpers ────────────────────────────────────────────────────────────

/** Text content escaped for XML; '>' too, so ']]>' can never appear. Carriage returns survive as references. */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** An attribute value escaped for double quotes; tabs and line breaks as references so they survive normalisation. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c] ?? `#${c.charCodeAt(0)}`};`);
}

/** Attributes as ` name="value"` pairs, skipping undefined values. */
export function attrs(pairs: Array<[string, string | undefined]>): string {
  return pairs.map(([k, v]) => (v === undefined ? '' : ` ${k}="${escapeAttr(v)}"`)).join('');
}

/**
 * The start tag of `el` as written in `text`, with some attributes replaced, added (at the end) or
 * removed (value undefined); everything else, including quoting and spacing, stays as it was.
 */
export function patchStartTag(text: string, el: XmlElement, changes: Array<[string, string | undefined]>): string {
  let tag = text.slice(el.start, el.startTagEnd);
  const base = el.start;
  const edits: Array<{ from: number; to: number; insert: string }> = [];
  const added: string[] = [];
  for (const [name, value] of changes) {
    const a = el.attrs.find((x) => x.name === name);
    if (a) {
      if (a.value === value) continue;
      // Removing also takes the whitespace before the attribute.
      let from = a.start - base;
      if (value === undefined) while (from > 0 && /\s/.test(tag[from - 1] ?? '')) from--;
      edits.push({ from, to: a.end - base, insert: value === undefined ? '' : `${name}="${escapeAttr(value)}"` });
    } else if (value !== undefined) {
      added.push(` ${name}="${escapeAttr(value)}"`);
    }
  }
  for (const e of edits.sort((a, b) => b.from - a.from)) tag = tag.slice(0, e.from) + e.insert + tag.slice(e.to);
  if (added.length) {
    const close = el.selfClosing ? tag.lastIndexOf('/>') : tag.lastIndexOf('>');
    let at = close;
    while (at > 0 && /\s/.test(tag[at - 1] ?? '')) at--;
    tag = tag.slice(0, at) + added.join('') + tag.slice(at);
  }
  return tag;
}
