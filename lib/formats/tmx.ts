/** Reads TMX 1.4b translation memories and writes the approved pairs of a review as one. */
import type { BilingualFile, BilingualUnit, InlineTag } from './bilingual';
import { bilingualError } from './xml/errors';
import { type Classify, readInline, writeInline } from './xml/inline';
import { attr, attrs, children, escapeText, localName, parseXml, textContent, type XmlElement, type XmlLimits } from './xml/safe';

/** Reads the pair of languages of a TMX file: the header's srclang and the first other language. */
export function readTmx(input: string | Uint8Array, limits?: Partial<XmlLimits>): BilingualFile {
  const doc = parseXml(input, limits);
  const root = doc.root;
  if (localName(root.name) !== 'tmx') throw bilingualError('not-bilingual', `This is not a TMX file: its top element is <${root.name}>, not <tmx>.`);
  const header = children(root, 'header')[0];
  const body = children(root, 'body')[0];
  if (!header || !body) throw bilingualError('not-bilingual', 'The TMX file has no <header> or no <body>; it is damaged.');
  const tus = children(body, 'tu');
  const langOf = (tuv: XmlElement) => attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '';
  let sourceLang = attr(header, 'srclang') ?? '';
  // srclang="*all*" means any language may be the source; the first variant's then is.
  if (!sourceLang || sourceLang === '*all*') sourceLang = tus.map((tu) => children(tu, 'tuv')[0]).map((t) => (t ? langOf(t) : ''))[0] ?? '';
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const targetLang = tus.flatMap((tu) => children(tu, 'tuv').map(langOf)).find((l) => l && !same(l, sourceLang)) ?? '';
  const classify: Classify = (el) => {
    const name = localName(el.name);
    const i = attr(el, 'i') ?? attr(el, 'x') ?? name;
    if (name === 'bpt') return { role: 'open', id: i };
    if (name === 'ept') return { role: 'close', id: i };
    if (name === 'hi') return { role: 'wrap', id: attr(el, 'x') ?? 'hi' };
    // ph, it, ut (deprecated) and anything unknown stay whole.
    return { role: 'standalone', id: attr(el, 'x') ?? name };
  };
  const units: BilingualUnit[] = [];
  tus.forEach((tu, index) => {
    const tuvs = children(tu, 'tuv');
    const src = tuvs.find((t) => same(langOf(t), sourceLang));
    const trg = tuvs.find((t) => same(langOf(t), targetLang));
    const seg = (tuv: XmlElement | undefined) => (tuv ? children(tuv, 'seg')[0] : undefined);
    const srcSeg = seg(src);
    if (!srcSeg) return;
    const trgSeg = seg(trg);
    const source = readInline(doc.text, srcSeg, classify, 'source');
    const target = trgSeg ? readInline(doc.text, trgSeg, classify, 'target') : null;
    units.push({
      id: attr(tu, 'tuid') ?? String(index + 1),
      source: source.content,
      target: target ? target.content : null,
      // A translation memory holds validated pairs.
      state: target && target.content.length ? 'approved' : 'untranslated',
      notes: children(tu, 'note').map((n) => ({ text: textContent(n) })),
      issues: [],
      // Whitespace in a TMX <seg> is always significant.
      preserveSpace: true,
    });
  });
  return { format: 'tmx', sourceLang, targetLang, units };
}

export interface TmxOptions {
  sourceLang: string;
  targetLang: string;
  units: BilingualUnit[];
  creationTool?: string;
  creationToolVersion?: string;
  /** When the memory was made (the caller's clock; readers and writers keep none). */
  creationDate: Date;
  /** The original format the segments came from, for o-tmf. */
  originalFormat?: string;
}

/** One <tu> per approved unit with a target; TMX-native codes are kept, other formats' codes become <bpt>/<ept>/<ph>. */
export function writeTmx(options: TmxOptions): string {
  const date = isoBasic(options.creationDate);
  const tus = options.units
    .filter((u) => u.state === 'approved' && u.target && u.target.length)
    .map((u) => {
      const tuv = (lang: string, content: NonNullable<BilingualUnit['target']>) =>
        `      <tuv${attrs([['xml:lang', lang]])}><seg>${writeInline(content, [], () => ({ open: '', close: '' }), tmxTag)}</seg></tuv>`;
      return [
        `    <tu${attrs([['tuid', u.id], ['creationdate', date]])}>`,
        ...u.notes.map((n) => `      <note>${escapeText(n.from ? `${n.from}: ${n.text}` : n.text)}</note>`),
        tuv(options.sourceLang, u.source),
        tuv(options.targetLang, u.target!),
        '    </tu>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header${attrs([
      ['creationtool', options.creationTool ?? 'Lektorat'],
      ['creationtoolversion', options.creationToolVersion ?? '1.0'],
      ['segtype', 'sentence'],
      ['o-tmf', options.originalFormat ?? 'Lektorat'],
      ['adminlang', 'en'],
      ['srclang', options.sourceLang],
      ['datatype', 'plaintext'],
      ['creationdate', date],
    ])}/>`,
    '  <body>',
    ...tus,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** TMX dates are ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ. */
function isoBasic(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const TMX_TAG = /^<(bpt|ept|ph|it|hi|ut)(\s[^>]*)?(\/>|>[\s\S]*<\/\1>|>)$|^<\/hi>$/;
const TMX_ATTRS: Record<string, string[]> = { bpt: ['i', 'x', 'type'], ept: ['i'], ph: ['x', 'assoc', 'type'], it: ['pos', 'x', 'type'], hi: ['x', 'type'], ut: ['x'] };

/** A tag as TMX markup: verbatim when it already is TMX, else its markup as the native code of a TMX element. */
function tmxTag(tag: InlineTag): string {
  const m = TMX_TAG.exec(tag.xml);
  if (m) {
    const name = m[1];
    if (!name) return tag.xml;
    const names = [...(m[2] ?? '').matchAll(/([^\s=]+)\s*=/g)].map((a) => a[1] ?? '');
    if (names.every((n) => TMX_ATTRS[name]?.includes(n))) return tag.xml;
  }
  const i = /^\d+$/.test(tag.id) ? tag.id : String(Math.abs(hash(tag.id)) % 100000);
  if (tag.kind === 'open') return `<bpt i="${i}">${escapeText(tag.xml)}</bpt>`;
  if (tag.kind === 'close') return `<ept i="${i}">${escapeText(tag.xml)}</ept>`;
  return `<ph>${escapeText(tag.xml)}</ph>`;
}

function hash(s: string): number {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (h * 31 + s.charCodeAt(k)) | 0;
  return h;
}
