import { describe, expect, it } from 'vitest';
import { escapeBlockStart, toMarkdown } from './md';
import { segmentsOf } from './testing';

describe('toMarkdown', () => {
  it('writes headings, paragraphs, nested lists and quotes', () => {
    const md = toMarkdown(
      segmentsOf([
        [{ blockType: 'heading', blockLevel: 1 }, 'Xiaomi confirms the partnership'],
        [{}, 'The deal was signed.', 'It starts in May.'],
        [{ blockType: 'heading', blockLevel: 3 }, 'Details'],
        [{ blockType: 'list-item', blockMarker: '-' }, 'prices'],
        [{ blockType: 'list-item', blockMarker: '-', blockLevel: 1 }, 'in euros'],
        [{ blockType: 'list-item', blockMarker: '-', blockLevel: 2 }, 'incl. VAT'],
        [{ blockType: 'list-item', blockMarker: '-' }, 'dates'],
        [{}, 'Steps:'],
        [{ blockType: 'list-item', blockMarker: '1.' }, 'sign'],
        [{ blockType: 'list-item', blockMarker: '1.', blockLevel: 1 }, 'twice'],
        [{ blockType: 'list-item', blockMarker: '2.' }, 'ship'],
        [{ blockType: 'quote' }, '"We are delighted," said the CEO.'],
      ]),
    );
    expect(md).toBe(
      [
        '# Xiaomi confirms the partnership',
        '',
        'The deal was signed. It starts in May.',
        '',
        '### Details',
        '',
        '- prices',
        '  - in euros',
        '    - incl. VAT',
        '- dates',
        '',
        'Steps:',
        '',
        '1. sign',
        '   1. twice',
        '2. ship',
        '',
        '> "We are delighted," said the CEO.',
        '',
      ].join('\n'),
    );
  });

  it('indents a bullet under a numbered item by the width of the number', () => {
    const md = toMarkdown(
      segmentsOf([
        [{ blockType: 'list-item', blockMarker: '10.' }, 'ten'],
        [{ blockType: 'list-item', blockMarker: '*', blockLevel: 1 }, 'detail'],
      ]),
    );
    expect(md).toBe('10. ten\n    * detail\n');
  });

  it('adds the title as a level-1 heading', () => {
    expect(toMarkdown(segmentsOf([[{}, 'Body.']]), { title: 'Partnerschaft' })).toBe('# Partnerschaft\n\nBody.\n');
    expect(toMarkdown([], { title: 'Nur Titel' })).toBe('# Nur Titel\n');
    expect(toMarkdown([])).toBe('');
  });

  it('escapes paragraph starts that would change the structure', () => {
    const md = toMarkdown(
      segmentsOf([
        [{}, '1. FC Köln wins.'],
        [{}, '# is the hash sign.'],
        [{}, '- not a list.'],
        [{ blockType: 'list-item', blockMarker: '-' }, '2) not nested.'],
        [{ blockType: 'quote' }, '> not double quoted.'],
      ]),
    );
    expect(md).toBe(
      '1\\. FC Köln wins.\n\n\\# is the hash sign.\n\n\\- not a list.\n\n- 2\\) not nested.\n\n> \\> not double quoted.\n',
    );
  });

  it('keeps a trailing hash in a heading', () => {
    expect(toMarkdown(segmentsOf([[{ blockType: 'heading', blockLevel: 2 }, 'Learn C #']]))).toBe('## Learn C \\#\n');
    expect(toMarkdown(segmentsOf([[{ blockType: 'heading', blockLevel: 2 }, 'Learn C#']]))).toBe('## Learn C#\n');
  });

  it('clamps heading levels to 1–6', () => {
    expect(toMarkdown(segmentsOf([[{ blockType: 'heading', blockLevel: 9 }, 'Deep']]))).toBe('###### Deep\n');
    expect(toMarkdown(segmentsOf([[{ blockType: 'heading', blockLevel: 0 }, 'Flat']]))).toBe('# Flat\n');
  });

  it('leaves inline markup alone by default and escapes it on request', () => {
    const segments = segmentsOf([[{}, 'Alle Mitarbeiter*innen und Kund*innen sind **herzlich** eingeladen.']]);
    expect(toMarkdown(segments)).toBe('Alle Mitarbeiter*innen und Kund*innen sind **herzlich** eingeladen.\n');
    expect(toMarkdown(segments, { escapeInline: true })).toBe(
      'Alle Mitarbeiter\\*innen und Kund\\*innen sind \\*\\*herzlich\\*\\* eingeladen.\n',
    );
  });
});

describe('escapeBlockStart', () => {
  it.each([
    ['1. Januar', '1\\. Januar'],
    ['2024) war gut', '2024\\) war gut'],
    ['# Titel', '\\# Titel'],
    ['###### sechs', '\\###### sechs'],
    ['+ plus', '\\+ plus'],
    ['* Stern', '\\* Stern'],
    ['>Zitat', '\\>Zitat'],
    ['---', '\\---'],
    ['* * *', '\\* * *'],
    ['___', '\\___'],
    ['```js', '\\```js'],
    ['<div>', '\\<div>'],
    ['[1]: https://example.com', '\\[1]: https://example.com'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeBlockStart(text)).toBe(escaped);
  });

  it.each(['8,5 % mehr', '1.299 Euro', '#hashtag', '-5 Grad', 'E-Mail', '*betont*', '2024 war gut', '[Link](x)'])(
    'leaves %j alone',
    (text) => {
      expect(escapeBlockStart(text)).toBe(text);
    },
  );
});
