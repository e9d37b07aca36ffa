/** Rebuilds a document's blocks from its segments, the shared first step of every text export. */
import type { BlockType } from '@/lib/segment/types';

/** One segment as exports need it: its place in the structure and its (corrected) text. */
export interface ExportSegment {
  paragraphIndex: number;
  sentenceIndex: number;
  blockType: BlockType;
  blockLevel: number;
  blockMarker: string;
  text: string;
}

export interface ExportBlock {
  type: BlockType;
  level: number;
  marker: string;
  /** The block's sentences joined by one space, on a single line. */
  text: string;
}

/**
 * Groups segments into blocks by paragraphIndex, in document order. Blocks without any text
 * (e.g. untranslated paragraphs) are dropped so they cannot leave stray markers or blank lines.
 */
export function toBlocks(segments: readonly ExportSegment[]): ExportBlock[] {
  const sorted = [...segments].sort(
    (a, b) => a.paragraphIndex - b.paragraphIndex || a.sentenceIndex - b.sentenceIndex,
  );
  const blocks: ExportBlock[] = [];
  let currentIndex: number | undefined;
  let sentences: string[] = [];
  let head: ExportSegment | undefined;
  const flush = () => {
    const text = sentences.join(' ');
    if (head && text) {
      blocks.push({ type: head.blockType, level: head.blockLevel, marker: head.blockMarker, text });
    }
    sentences = [];
  };
  for (const segment of sorted) {
    if (segment.paragraphIndex !== currentIndex) {
      flush();
      currentIndex = segment.paragraphIndex;
      head = segment;
    }
    const text = oneLine(segment.text);
    if (text) sentences.push(text);
  }
  flush();
  return blocks;
}

/** A line break typed into a segment would split its block (or start a new one) in the export. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export const isOrderedMarker = (marker: string): boolean => /^\d+[.)]$/.test(marker);

/** '-' when a list item lost its marker, so it still reads as a list item. */
export const listMarker = (block: ExportBlock): string => block.marker || '-';

/**
 * Indentation of each list item: the content width of the enclosing items, which is what
 * Markdown needs to nest them (2 spaces under "-", 3 under "1.", 4 under "10.").
 * Levels without a known parent fall back to 2 per level for bullets and 3 for numbers.
 */
export function listIndents(blocks: readonly ExportBlock[]): number[] {
  const indents: number[] = [];
  let parents: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'list-item') {
      parents = [];
      indents.push(0);
      continue;
    }
    const marker = listMarker(block);
    const level = Math.max(0, block.level);
    const fallback = isOrderedMarker(marker) ? 3 : 2;
    let indent = 0;
    for (let depth = 0; depth < level; depth++) {
      const parent = parents[depth];
      indent += parent === undefined ? fallback : parent.length + 1;
    }
    indents.push(indent);
    parents = parents.slice(0, level);
    parents[level] = marker;
  }
  return indents;
}

/** Blank lines between blocks, single newlines inside a run of list items. */
export function joinBlocks(blocks: readonly ExportBlock[], lines: readonly string[]): string {
  let out = '';
  lines.forEach((line, i) => {
    if (i > 0) {
      const tight = blocks[i - 1]?.type === 'list-item' && blocks[i]?.type === 'list-item';
      out += tight ? '\n' : '\n\n';
    }
    out += line;
  });
  return out ? `${out}\n` : '';
}
