/** Splits a plain-text or Markdown document into blocks (paragraphs, headings, list items, quotes) of sentences. */
import type { BaseLang } from '../lang';
import { splitSentences } from './sentences';
import type { Block, BlockType } from './types';

export type TextFormat = 'txt' | 'md';

/** A block before sentence splitting: its lines, still joined by nothing. */
interface RawBlock {
  type: BlockType;
  level: number;
  marker: string;
  lines: string[];
}

/**
 * Splits `text` into blocks, then each block into sentences. Blocks without any words are dropped, so
 * `index` counts only the blocks returned. Markdown syntax (`#`, list markers, `>`) is not part of the sentences.
 */
export function segmentText(text: string, lang: BaseLang, format: TextFormat): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const raw = format === 'md' ? markdownBlocks(lines) : paragraphBlocks(lines);
  const blocks: Block[] = [];
  for (const { type, level, marker, lines: blockLines } of raw) {
    const sentences = splitSentences(blockLines.join(' '), lang);
    if (sentences.length > 0) blocks.push({ index: blocks.length, type, level, marker, sentences });
  }
  return blocks;
}

const BLANK = /^\s*$/;

/** Plain text: blank lines separate paragraphs; a short line is never guessed to be a heading. */
function paragraphBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  for (const line of lines) {
    if (BLANK.test(line)) {
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { type: 'paragraph', level: 0, marker: '', lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}>/;

/** Markdown (CommonMark block structure, without code blocks, tables or HTML). */
function markdownBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  // The open block that a following non-blank line continues; undefined after a blank line.
  let current: RawBlock | undefined;
  // Indentation of the list items enclosing the current line, innermost last: their count is the nesting depth.
  let listIndents: number[] = [];
  let afterBlank = true;

  const open = (block: RawBlock): void => {
    blocks.push(block);
    current = block;
  };

  for (const line of lines) {
    if (BLANK.test(line)) {
      current = undefined;
      afterBlank = true;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    const setext = SETEXT_UNDERLINE.exec(line);

    if (setext && current?.type === 'paragraph') {
      // "Title\n=====": the paragraph just read was a heading.
      current.type = 'heading';
      current.level = setext[1]?.startsWith('=') ? 1 : 2;
      current = undefined;
    } else if (THEMATIC_BREAK.test(line)) {
      current = undefined;
      listIndents = [];
    } else if (heading) {
      blocks.push({ type: 'heading', level: heading[1]?.length ?? 1, marker: '', lines: [heading[2] ?? ''] });
      current = undefined;
      listIndents = [];
    } else if (item && startsListItem(item, current)) {
      const indent = columns(item[1] ?? '');
      while (listIndents.length > 0 && (listIndents.at(-1) ?? 0) >= indent) listIndents.pop();
      open({ type: 'list-item', level: listIndents.length, marker: item[2] ?? '', lines: [item[3] ?? ''] });
      listIndents.push(indent);
    } else if (QUOTE.test(line)) {
      // Nested markers ("> >") are stripped too; an empty quote line separates quoted paragraphs.
      const content = line.replace(/^(?:[ \t]*>[ \t]?)+/, '');
      if (BLANK.test(content)) current = undefined;
      else if (current?.type === 'quote') current.lines.push(content);
      else open({ type: 'quote', level: 0, marker: '', lines: [content] });
    } else if (current) {
      // Lazy continuation: an unmarked line continues the paragraph, list item or quote above it.
      current.lines.push(line);
    } else {
      // After a blank line, only an indented paragraph still belongs to the list around it.
      if (afterBlank && columns(/^[ \t]*/.exec(line)?.[0] ?? '') === 0) listIndents = [];
      open({ type: 'paragraph', level: 0, marker: '', lines: [line] });
    }
    afterBlank = false;
  }
  return blocks;
}

/** CommonMark: inside a paragraph only a bullet or "1." starts a list, so "Im Jahr\n2022. Dann …" stays a paragraph. */
function startsListItem(item: RegExpExecArray, current: RawBlock | undefined): boolean {
  if (current?.type !== 'paragraph' && current?.type !== 'quote') return true;
  const marker = item[2] ?? '';
  return item[3] !== undefined && (/^[-*+]$/.test(marker) || /^1[.)]$/.test(marker));
}

/** Width of leading indentation, with tabs to the next multiple of four as in CommonMark. */
function columns(indent: string): number {
  let width = 0;
  for (const char of indent) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
