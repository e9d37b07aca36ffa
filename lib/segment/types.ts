/** The structure a text is split into: blocks (paragraphs, headings, list items) of sentences. */

export type BlockType = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface Block {
  /** 0-based position of the block in the document. */
  index: number;
  type: BlockType;
  /** Heading level 1–6 for headings, nesting depth (0-based) for list items, else 0. */
  level: number;
  /** The Markdown list marker as written ("-", "*", "1."), '' for other blocks. */
  marker: string;
  /** The block's sentences in order, trimmed, never empty strings. */
  sentences: string[];
}
