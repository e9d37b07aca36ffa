import { describe, expect, it } from 'vitest';
import { changedSpans, removeToks, type Sentence } from './text';

const marked = (before: string, after: string) => {
  const s = changedSpans(before, after);
  return [before.slice(s.before.start, s.before.end), after.slice(s.after.start, s.after.end), s.after.start];
};

describe('changedSpans', () => {
  it('marks a removal as an empty span where the next word now starts, not inside it', () => {
    // A character diff would put the gap inside "available" ("always a|vailable" shares the "a").
    expect(marked('It is always available.', 'It is available.')).toEqual(['always', '', 6]);
  });
  it('marks a shortened word as the whole word', () => {
    expect(marked('Der Wert sollte leer sein.', 'Der Wert soll leer sein.')).toEqual(['sollte', 'soll', 9]);
  });
  it('marks an added word and a removed final stop', () => {
    expect(marked('Copy the file.', 'Copy the whole file.')).toEqual(['', 'whole', 9]);
    expect(marked('Copy the file.', 'Copy the file')).toEqual(['.', '', 13]);
  });
});

describe('removeToks', () => {
  it('removes the words with one space and keeps the capital at the start', () => {
    const s: Sentence = {
      text: 'The program removes it.',
      toks: ['The', 'program', 'removes', 'it'].map((text, i, all) => {
        const start = all.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        return { text, start, end: start + text.length, pos: 'other', lemma: text, tags: new Set<string>() };
      }),
    };
    expect(removeToks(s, 0, 1)).toBe('Removes it.');
    expect(removeToks(s, 3, 3)).toBe('The program removes.');
  });
});
