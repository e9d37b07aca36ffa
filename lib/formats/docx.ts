/** Reads an uploaded Word document (.docx) into Markdown that lib/segment splits into the document's blocks. */
import mammoth from 'mammoth';
import type { BlockType } from '@/lib/segment/types';
import type { ExportSegment } from './blocks';
import { FormatError } from './errors';
import { escapeInline, toMarkdown } from './md';
import { inspectZip, unpackEntry, type ZipLimits } from './zip-guard';

export interface DocxText {
  /** Markdown: headings, paragraphs, nested lists, quotes; bold and italics as ** and *. */
  text: string;
  format: 'md';
  /** What was left out or may look different, in plain words. */
  warnings: string[];
}

// Title and quotes are not in mammoth's default map; lists beyond level 5 neither.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  ...[6, 7, 8, 9].flatMap((level) => {
    const parents = 'ul|ol > li > '.repeat(level - 1);
    return [`p:unordered-list(${level}) => ${parents}ul > li:fresh`, `p:ordered-list(${level}) => ${parents}ol > li:fresh`];
  }),
];

/**
 * Converts a .docx file to Markdown. The ZIP is checked first (zip-guard), and the XML parts mammoth
 * reads are unpacked once with their declared size as a hard limit, so a lying directory cannot
 * make mammoth inflate more than `maxUncompressedBytes`.
 */
export async function readDocx(bytes: Uint8Array, opts: ZipLimits): Promise<DocxText> {
  const entries = inspectZip(bytes, opts, 'word/document.xml');
  for (const entry of entries) {
    if (/\.(xml|rels)$/i.test(entry.name)) unpackEntry(bytes, entry, opts);
  }
  let images = 0;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Counted, never read: images are not part of the text to review.
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    );
  } catch {
    throw new FormatError('not-docx', 'This file is not a Word document (.docx) or it is damaged. Save it as .docx again or paste the text.');
  }
  const converted = htmlToMarkdown(result.value);
  const warnings = [...new Set(result.messages.map((m) => m.message))];
  if (images > 0) warnings.unshift(`${images} image${images === 1 ? ' was' : 's were'} left out; only the text is imported.`);
  if (converted.tables > 0) warnings.unshift('Tables were imported as one paragraph per cell.');
  if (!converted.markdown.trim()) {
    throw new FormatError('empty', 'The Word document contains no text. Choose the file that contains the text, or paste it instead.');
  }
  return { text: converted.markdown, format: 'md', warnings };
}

interface HtmlBlock {
  type: BlockType;
  level: number;
  marker: string;
  text: string;
}

/**
 * Turns mammoth's HTML (its own small, well-formed vocabulary: h1–h6, p, ul/ol/li, blockquote,
 * table, strong, em, a, br, img, sup, sub, s) into Markdown, escaping Markdown characters in the text.
 */
export function htmlToMarkdown(html: string): { markdown: string; tables: number } {
  const blocks: HtmlBlock[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  // Open inline markers (** or *) and where their content starts in the current block's text.
  let emphasis: { marker: string; start: number }[] = [];
  let current: HtmlBlock | undefined;
  let quoteDepth = 0;
  let tables = 0;
  // Inside a footnote's "↑" back link, whose text is navigation, not content.
  let skipText = 0;

  const flush = () => {
    if (current) blocks.push(current);
    current = undefined;
    emphasis = [];
  };
  const open = (type: BlockType, level: number, marker = '') => {
    flush();
    current = { type, level, marker, text: '' };
  };
  const append = (text: string) => {
    current ??= { type: quoteDepth > 0 ? 'quote' : 'paragraph', level: 0, marker: '', text: '' };
    current.text += text;
  };

  const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+="[^"]*")*)\s*\/?>|([^<]+)|</g;
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes = '', text] = match;
    if (text !== undefined || rawName === undefined) {
      if (skipText === 0) append(escapeInline(decodeEntities(text ?? '<')).replace(/\s+/g, ' '));
      continue;
    }
    const name = rawName.toLowerCase();
    const heading = /^h([1-6])$/.exec(name);
    if (closing) {
      if (heading || name === 'li' || name === 'td' || name === 'th') flush();
      else if (name === 'p' && current?.type !== 'list-item') flush();
      else if (name === 'ul' || name === 'ol') {
        flush();
        lists.pop();
      } else if (name === 'blockquote') {
        flush();
        quoteDepth = Math.max(0, quoteDepth - 1);
      } else if (name === 'strong' || name === 'b' || name === 'em' || name === 'i') closeEmphasis();
      else if (name === 'a' && skipText > 0) skipText--;
      continue;
    }
    if (heading) open('heading', Number(heading[1]));
    else if (name === 'p') {
      // A second paragraph inside a list item continues the item.
      if (current?.type === 'list-item') append(current.text ? ' ' : '');
      else open(quoteDepth > 0 ? 'quote' : 'paragraph', 0);
    } else if (name === 'ul' || name === 'ol') {
      flush();
      lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'li') {
      const list = lists.at(-1);
      if (list) list.count++;
      open('list-item', Math.max(0, lists.length - 1), list?.ordered ? `${list.count}.` : '-');
    } else if (name === 'blockquote') {
      flush();
      quoteDepth++;
    } else if (name === 'table') tables++;
    else if (name === 'strong' || name === 'b') openEmphasis('**');
    else if (name === 'em' || name === 'i') openEmphasis('*');
    else if (name === 'br') append(' ');
    else if (name === 'a' && /href="#(?:footnote|endnote|comment)-ref-/.test(attributes)) skipText++;
  }
  flush();

  function openEmphasis(marker: string) {
    append('');
    emphasis.push({ marker, start: current?.text.length ?? 0 });
  }
  function closeEmphasis() {
    const open = emphasis.pop();
    if (!open || !current) return;
    const inner = current.text.slice(open.start);
    // "**word **" is not bold in Markdown: the spaces go outside the markers.
    const core = inner.trim();
    const lead = inner.slice(0, inner.length - inner.trimStart().length);
    const trail = inner.slice(inner.trimEnd().length);
    current.text = current.text.slice(0, open.start) + (core ? `${lead}${open.marker}${core}${open.marker}${trail}` : inner);
  }

  const segments: ExportSegment[] = blocks.map((block, paragraphIndex) => ({
    paragraphIndex,
    sentenceIndex: 0,
    blockType: block.type,
    blockLevel: block.level,
    blockMarker: block.marker,
    text: block.text.trim(),
  }));
  return { markdown: toMarkdown(segments), tables };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = /^#x/i.test(ref) ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
