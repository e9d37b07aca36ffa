import { describe, expect, it } from 'vitest';
import { segmentsOf } from './testing';
import { toPlainText } from './txt';

describe('toPlainText', () => {
  it('joins sentences with one space and separates paragraphs by one blank line', () => {
    const text = toPlainText(
      segmentsOf([
        [{}, 'Xiaomi confirms the partnership.', 'It starts in May.'],
        [{}, 'Prices rise by 8.5 %.'],
      ]),
    );
    expect(text).toBe('Xiaomi confirms the partnership. It starts in May.\n\nPrices rise by 8.5 %.\n');
  });

  it('keeps list markers and puts consecutive list items on consecutive lines', () => {
    const text = toPlainText(
      segmentsOf([
        [{ blockType: 'heading', blockLevel: 2 }, 'What changes'],
        [{}, 'Three things:'],
        [{ blockType: 'list-item', blockMarker: '-' }, 'prices,'],
        [{ blockType: 'list-item', blockMarker: '-' }, 'dates,'],
        [{ blockType: 'list-item', blockMarker: '-', blockLevel: 1 }, 'especially in May,'],
        [{ blockType: 'list-item', blockMarker: '-' }, 'partners.'],
        [{ blockType: 'list-item', blockMarker: '1.' }, 'First.'],
        [{ blockType: 'quote' }, 'A quoted paragraph.'],
      ]),
    );
    expect(text).toBe(
      'What changes\n\nThree things:\n\n- prices,\n- dates,\n  - especially in May,\n- partners.\n1. First.\n\nA quoted paragraph.\n',
    );
  });

  it('orders segments by paragraph and sentence even when given out of order', () => {
    const segments = segmentsOf([[{}, 'One.', 'Two.'], [{}, 'Three.']]).reverse();
    expect(toPlainText(segments)).toBe('One. Two.\n\nThree.\n');
  });

  it('drops empty sentences and empty paragraphs, and keeps line breaks inside a segment from splitting it', () => {
    const text = toPlainText(
      segmentsOf([
        [{}, 'First.', '  ', 'Second.'],
        [{}, ''],
        [{ blockType: 'list-item', blockMarker: '-' }, ''],
        [{}, 'Typed\r\nwith a break.'],
      ]),
    );
    expect(text).toBe('First. Second.\n\nTyped with a break.\n');
  });

  it('returns an empty string for no text at all', () => {
    expect(toPlainText([])).toBe('');
    expect(toPlainText(segmentsOf([[{}, '']]))).toBe('');
  });
});
