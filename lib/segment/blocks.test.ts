import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from './blocks';

const SAMPLE = '/work/shared/samples/xiaomi-leica.de.txt';

/** Blocks without their index, for compact expectations. */
function shape(text: string, lang: 'de' | 'en', format: 'txt' | 'md') {
  return segmentText(text, lang, format).map(({ type, level, marker, sentences }) => ({
    type,
    level,
    marker,
    sentences,
  }));
}

const paragraph = (...sentences: string[]) => ({ type: 'paragraph', level: 0, marker: '', sentences });
const heading = (level: number, ...sentences: string[]) => ({ type: 'heading', level, marker: '', sentences });
const item = (level: number, marker: string, ...sentences: string[]) => ({
  type: 'list-item',
  level,
  marker,
  sentences,
});
const quote = (...sentences: string[]) => ({ type: 'quote', level: 0, marker: '', sentences });

describe('segmentText: plain text', () => {
  it('returns [] for empty or blank input', () => {
    expect(segmentText('', 'de', 'txt')).toEqual([]);
    expect(segmentText('\n \r\n\t\n', 'en', 'md')).toEqual([]);
  });

  it('separates paragraphs at blank lines and joins single line breaks with a space', () => {
    expect(shape('Erster Satz.\nGleicher Absatz. Noch einer.\n\n\n  Zweiter Absatz.  ', 'de', 'txt')).toEqual([
      paragraph('Erster Satz.', 'Gleicher Absatz.', 'Noch einer.'),
      paragraph('Zweiter Absatz.'),
    ]);
  });

  it('normalises CRLF and lone CR', () => {
    const lf = shape('Title line\n\nOne line\nand more. Next.\n', 'en', 'txt');
    expect(shape('Title line\r\n\r\nOne line\r\nand more. Next.\r\n', 'en', 'txt')).toEqual(lf);
    expect(shape('Title line\r\rOne line\rand more. Next.\r', 'en', 'txt')).toEqual(lf);
  });

  it('does not guess headings or lists in plain text', () => {
    expect(shape('Eine kurze Zeile\n\n# Kein Titel\n\n- kein Punkt', 'de', 'txt')).toEqual([
      paragraph('Eine kurze Zeile'),
      paragraph('# Kein Titel'),
      paragraph('- kein Punkt'),
    ]);
  });

  it('numbers blocks from 0 in document order', () => {
    const blocks = segmentText('A.\n\nB.\n\nC.', 'en', 'txt');
    expect(blocks.map((block) => block.index)).toEqual([0, 1, 2]);
  });
});

describe('segmentText: Markdown', () => {
  it('reads ATX and setext headings without their syntax', () => {
    expect(shape('# Titel\n## Unter ##\n###### Tief\n####### Zu tief\n\nSetext\n===\n\nZwei\n---', 'de', 'md')).toEqual([
      heading(1, 'Titel'),
      heading(2, 'Unter'),
      heading(6, 'Tief'),
      paragraph('####### Zu tief'),
      heading(1, 'Setext'),
      heading(2, 'Zwei'),
    ]);
  });

  it('makes each list item its own block with its marker and nesting depth', () => {
    const md = [
      '- Eins',
      '- Zwei geht',
      '  weiter. Und endet.',
      '  * Zwei-A',
      '    + Tief',
      '  * Zwei-B',
      '- Drei',
      '',
      '1. Erstens',
      '2) Zweitens',
      '   1. Unterpunkt',
      '10. Zehntens',
    ].join('\n');
    expect(shape(md, 'de', 'md')).toEqual([
      item(0, '-', 'Eins'),
      item(0, '-', 'Zwei geht weiter.', 'Und endet.'),
      item(1, '*', 'Zwei-A'),
      item(2, '+', 'Tief'),
      item(1, '*', 'Zwei-B'),
      item(0, '-', 'Drei'),
      item(0, '1.', 'Erstens'),
      item(0, '2)', 'Zweitens'),
      item(1, '1.', 'Unterpunkt'),
      item(0, '10.', 'Zehntens'),
    ]);
  });

  it('counts tab indentation as nesting', () => {
    expect(shape('- Outer\n\t- Inner', 'en', 'md')).toEqual([item(0, '-', 'Outer'), item(1, '-', 'Inner')]);
  });

  it('keeps a number that wraps onto a new line inside its paragraph', () => {
    expect(shape('Im Jahr\n2022. Dann kam er.', 'de', 'md')).toEqual([paragraph('Im Jahr 2022.', 'Dann kam er.')]);
  });

  it('reads quotes without the > markers, an empty quote line separating them', () => {
    expect(shape('> Zitat eins.\n> Noch mehr.\n>\n> > Innen.\n\nText danach.', 'de', 'md')).toEqual([
      quote('Zitat eins.', 'Noch mehr.'),
      quote('Innen.'),
      paragraph('Text danach.'),
    ]);
  });

  it('lets headings, lists and quotes interrupt a paragraph', () => {
    expect(shape('Text\n# Titel\nMehr Text\n- Punkt\n> Zitat', 'de', 'md')).toEqual([
      paragraph('Text'),
      heading(1, 'Titel'),
      paragraph('Mehr Text'),
      item(0, '-', 'Punkt'),
      quote('Zitat'),
    ]);
  });

  it('drops thematic breaks and blocks without words', () => {
    expect(shape('Eins.\n\n---\n\n* * *\n\n#\n\n-\n\nZwei.', 'de', 'md')).toEqual([
      paragraph('Eins.'),
      paragraph('Zwei.'),
    ]);
  });

  it('splits the sentences of every block kind', () => {
    expect(shape('# Dr. Müller kommt. Wirklich!\n\n- Z. B. am 1. Juli. Oder später.', 'de', 'md')).toEqual([
      heading(1, 'Dr. Müller kommt.', 'Wirklich!'),
      item(0, '-', 'Z. B. am 1. Juli.', 'Oder später.'),
    ]);
  });

  it('handles CRLF Markdown', () => {
    expect(shape('# Title\r\n\r\n- One\r\n  - Two\r\n', 'en', 'md')).toEqual([
      heading(1, 'Title'),
      item(0, '-', 'One'),
      item(1, '-', 'Two'),
    ]);
  });
});

describe('segmentText: sample article', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('finds its 10 paragraphs, and their sentences rejoin to the paragraph text', () => {
    const blocks = segmentText(text, 'de', 'txt');
    const paragraphs = text.split(/\n\s*\n/).map(collapse).filter(Boolean);
    expect(blocks).toHaveLength(10);
    expect(blocks.every((block) => block.type === 'paragraph')).toBe(true);
    expect(blocks.map((block) => collapse(block.sentences.join(' ')))).toEqual(paragraphs);
    for (const block of blocks) expect(block.sentences.every((s) => s === s.trim() && s !== '')).toBe(true);
  });

  it('splits multi-sentence paragraphs', () => {
    const blocks = segmentText(text, 'de', 'txt');
    expect(blocks.filter((block) => block.sentences.length > 1).length).toBeGreaterThan(0);
  });
});
