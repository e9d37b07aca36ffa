/** Markdown export: headings, nested lists and quotes written back the way they were read. */
import { joinBlocks, listIndents, listMarker, oneLine, toBlocks, type ExportSegment } from './blocks';

export interface MarkdownOptions {
  /** Written as a level-1 heading above the text. */
  title?: string;
  /**
   * Escape inline Markdown (*, _, `, [, ], <, ~, \) too. Use it for text that came from a .txt
   * source, where "Mitarbeiter*innen" must not turn into emphasis; leave it off for .md sources,
   * whose segments carry their inline markup as written.
   */
  escapeInline?: boolean;
}

export function toMarkdown(segments: readonly ExportSegment[], opts: MarkdownOptions = {}): string {
  const blocks = toBlocks(segments);
  const indents = listIndents(blocks);
  const inline = (text: string) => (opts.escapeInline ? escapeInline(text) : text);
  const lines = blocks.map((block, i) => {
    const text = inline(block.text);
    switch (block.type) {
      case 'heading':
        return heading(Math.min(6, Math.max(1, block.level)), text);
      case 'list-item':
        return `${' '.repeat(indents[i] ?? 0)}${listMarker(block)} ${escapeBlockStart(text)}`;
      case 'quote':
        return `> ${escapeBlockStart(text)}`;
      default:
        return escapeBlockStart(text);
    }
  });
  const title = opts.title ? oneLine(opts.title) : '';
  const body = joinBlocks(blocks, lines);
  if (!title) return body;
  const titleLine = `${heading(1, inline(title))}\n`;
  return body ? `${titleLine}\n${body}` : titleLine;
}

function heading(level: number, text: string): string {
  // A trailing " #" would be read as the closing sequence of the heading and vanish.
  return `${'#'.repeat(level)} ${text.replace(/(^|\s)(#+)$/, '$1\\$2')}`;
}

/**
 * Escapes what would turn the start of a block into different structure: a paragraph that
 * begins "1. " or "- " would become a list, "# " a heading, "> " a quote, and so on.
 */
export function escapeBlockStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1]!.length)}`;
  const structural = [
    /^#{1,6}(?=\s|$)/, // ATX heading
    /^[-+*](?=\s|$)/, // bullet list item
    /^>/, // block quote
    /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/, // thematic break: --- *** ___
    /^(?:```|~~~)/, // code fence
    /^<[A-Za-z/!?]/, // HTML block
    /^\[[^\]]*\]:/, // link reference definition, which would vanish from the output
  ];
  return structural.some((re) => re.test(text)) ? `\\${text}` : text;
}

export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<~]/g, '\\$&');
}
