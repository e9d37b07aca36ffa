import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/segment/blocks';
import type { Block } from '@/lib/segment/types';
import type { ExportSegment } from './blocks';
import { toMarkdown } from './md';
import { toPlainText } from './txt';

/** The segments a document made of `blocks` gets, as the review code stores them. */
const fromBlocks = (blocks: Block[]): ExportSegment[] =>
  blocks.flatMap((block) =>
    block.sentences.map((text, sentenceIndex) => ({
      paragraphIndex: block.index,
      sentenceIndex,
      blockType: block.type,
      blockLevel: block.level,
      blockMarker: block.marker,
      text,
    })),
  );

const SOURCE = [
  '# Xiaomi bestätigt die Partnerschaft',
  '',
  'Der Vertrag wurde am Montag unterzeichnet. Er gilt ab Mai.',
  '',
  '## Die Details',
  '',
  '- Preise steigen um 8,5 %.',
  '  - Vor allem in Europa.',
  '- Termine bleiben.',
  '1. Unterzeichnen.',
  '   - Zweimal.',
  '2. Ausliefern.',
  '',
  '> „Wir freuen uns“, sagte der Chef.',
  '',
  'Ein letzter Absatz.',
  '',
].join('\n');

describe('export → segmenter round trip', () => {
  it('reads back the same blocks from the Markdown export', () => {
    const blocks = segmentText(SOURCE, 'de', 'md');
    expect(blocks.map((b) => b.type)).toContain('quote');
    const exported = toMarkdown(fromBlocks(blocks));
    expect(segmentText(exported, 'de', 'md')).toEqual(blocks);
    // Written in the same shape as the source (consecutive lists of different kinds stay tight).
    expect(exported).toBe(SOURCE);
  });

  it('keeps the paragraphs of a plain-text export', () => {
    const source = 'Erster Absatz. Mit zwei Sätzen.\n\nZweiter Absatz.\n';
    const blocks = segmentText(source, 'de', 'txt');
    expect(toPlainText(fromBlocks(blocks))).toBe(source);
  });

  it('keeps a paragraph that starts like a list a paragraph', () => {
    const segments: ExportSegment[] = [
      { paragraphIndex: 0, sentenceIndex: 0, blockType: 'paragraph', blockLevel: 0, blockMarker: '', text: '1. FC Köln gewinnt.' },
      { paragraphIndex: 1, sentenceIndex: 0, blockType: 'paragraph', blockLevel: 0, blockMarker: '', text: '# ist ein Zeichen.' },
    ];
    expect(segmentText(toMarkdown(segments), 'de', 'md').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
