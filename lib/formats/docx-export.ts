/** Word export: the reviewed text as a .docx with real heading styles, lists and the document language set. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
} from 'docx';
import { isOrderedMarker, listMarker, oneLine, toBlocks, type ExportBlock, type ExportSegment } from './blocks';

export interface DocxOptions {
  /**
   * The file's title property only: the document's internal name in Lektorat (often the source's first line, in
   * the source language) is not part of the translated text, so it is not written above it.
   */
  title?: string;
  /** BCP 47 tag of the text ('de', 'en-GB', …); Word's spelling and hyphenation use it. */
  lang: string;
  /**
   * Write `*`, `_` and `\` as typed. Use it for text from a .txt source; leave it off for .md and
   * .docx sources, whose segments carry emphasis as Markdown (** and *) and escape the rest.
   */
  literalText?: boolean;
}

const BULLETS = 'lektorat-bullets';
const NUMBERS = 'lektorat-numbers';
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
/** Word has nine list levels (0–8). */
const MAX_LIST_LEVEL = 8;
const BULLET_GLYPHS = ['•', '◦', '▪'];

export async function toDocx(segments: readonly ExportSegment[], opts: DocxOptions): Promise<Uint8Array> {
  const blocks = toBlocks(segments);
  const runs = (text: string) => (opts.literalText ? [new TextRun(text)] : inlineRuns(text));
  const title = opts.title ? oneLine(opts.title) : '';
  const paragraphs: Paragraph[] = [];
  // Each run of list items after other text is a new list, so its numbers start at 1 again.
  let instance = 0;
  blocks.forEach((block, i) => {
    if (block.type === 'list-item' && blocks[i - 1]?.type !== 'list-item') instance++;
    paragraphs.push(paragraphOf(block, runs(block.text), instance));
  });
  const doc = new Document({
    ...(title ? { title } : {}),
    styles: {
      default: { document: { run: { language: { value: wordLanguage(opts.lang) } } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLET_GLYPHS[level % 3]! })) },
        { reference: NUMBERS, levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.` })) },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function paragraphOf(block: ExportBlock, children: TextRun[], instance: number): Paragraph {
  switch (block.type) {
    case 'heading':
      return new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, block.level)) - 1], children });
    case 'quote':
      return new Paragraph({ style: 'Quote', children });
    case 'list-item':
      return new Paragraph({
        numbering: {
          reference: isOrderedMarker(listMarker(block)) ? NUMBERS : BULLETS,
          level: Math.min(MAX_LIST_LEVEL, Math.max(0, block.level)),
          instance,
        },
        children,
      });
    default:
      return new Paragraph({ children });
  }
}

function levels(format: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    ...format(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** Word wants a region: 'de' → 'de-DE', 'en' → 'en-US'; others as given, region upper-cased. */
export function wordLanguage(lang: string): string {
  const [base = '', region] = lang.split(/[-_]/);
  const lower = base.toLowerCase();
  if (region) return `${lower}-${region.toUpperCase()}`;
  return { de: 'de-DE', en: 'en-US' }[lower] ?? lower;
}

type Token = { kind: 'text'; text: string } | { kind: '**' | '*'; raw: string };

/**
 * Markdown emphasis to Word runs: \x escapes, ** bold, * and _ (not inside a word) italics. An
 * unmatched marker stays literal text, as in Markdown.
 */
export function inlineRuns(text: string): TextRun[] {
  const tokens: Token[] = [];
  const pushText = (t: string) => {
    const last = tokens.at(-1);
    if (last?.kind === 'text') last.text += t;
    else tokens.push({ kind: 'text', text: t });
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      pushText(text[i + 1]!);
      i += 2;
    } else if (ch === '*' && text[i + 1] === '*') {
      tokens.push({ kind: '**', raw: '**' });
      i += 2;
    } else if (ch === '*' || (ch === '_' && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1])))) {
      tokens.push({ kind: '*', raw: ch });
      i += 1;
    } else {
      pushText(ch);
      i += 1;
    }
  }
  // An odd count leaves the last marker of its kind without a partner: it is literal.
  for (const kind of ['**', '*'] as const) {
    const at = tokens.flatMap((t, i) => (t.kind === kind ? [i] : []));
    const last = at.at(-1);
    const token = last === undefined ? undefined : tokens[last];
    if (at.length % 2 === 1 && token && token.kind !== 'text') tokens[last!] = { kind: 'text', text: token.raw };
  }
  const runs: TextRun[] = [];
  let bold = false;
  let italics = false;
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (token.text) runs.push(new TextRun({ text: token.text, ...(bold ? { bold } : {}), ...(italics ? { italics } : {}) }));
    } else if (token.kind === '**') bold = !bold;
    else italics = !italics;
  }
  return runs;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
