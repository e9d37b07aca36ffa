/** Plain-text export: paragraphs separated by blank lines, list items with their markers. */
import { joinBlocks, listIndents, listMarker, toBlocks, type ExportSegment } from './blocks';

/** Headings and quotes become plain lines; nested list items keep their indentation. */
export function toPlainText(segments: readonly ExportSegment[]): string {
  const blocks = toBlocks(segments);
  const indents = listIndents(blocks);
  const lines = blocks.map((block, i) =>
    block.type === 'list-item'
      ? `${' '.repeat(indents[i] ?? 0)}${listMarker(block)} ${block.text}`
      : block.text,
  );
  return joinBlocks(blocks, lines);
}
