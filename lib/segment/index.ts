/** Paragraph and sentence segmentation for German and English documents (plain text and Markdown). */
export { segmentText, type TextFormat } from './blocks';
export { splitSentences, joinSentences } from './sentences';
export type { Block, BlockType } from './types';
