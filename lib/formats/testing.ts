/** Test helper: export segments built from blocks of sentences, numbered as the segmenter numbers them. */
import type { ExportSegment } from './blocks';

type Shape = Partial<Omit<ExportSegment, 'paragraphIndex' | 'sentenceIndex' | 'text'>>;
export function segmentsOf(blocks: [Shape, ...string[]][]): ExportSegment[] {
  return blocks.flatMap(([shape, ...sentences], paragraphIndex) =>
    sentences.map((text, sentenceIndex) => ({
      paragraphIndex,
      sentenceIndex,
      blockType: shape.blockType ?? 'paragraph',
      blockLevel: shape.blockLevel ?? 0,
      blockMarker: shape.blockMarker ?? '',
      text,
    })),
  );
}
