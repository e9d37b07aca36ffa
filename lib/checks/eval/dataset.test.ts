import { describe, expect, it } from 'vitest';
import { byDocument, formatDevSet, parseDevSet, parseMarkedSet, unmark } from './dataset';

describe('unmark', () => {
  it('computes spans from marks, with aliases and a default severity', () => {
    const { text, spans } = unmark('Spending rose by ⟦2.4⟧{mis} percent, ⟦wether⟧{fluency/spelling minor} permitting.');
    expect(text).toBe('Spending rose by 2.4 percent, wether permitting.');
    expect(spans).toEqual([
      { start: 17, end: 20, category: 'accuracy/mistranslation', severity: 'major' },
      { start: 30, end: 36, category: 'fluency/spelling', severity: 'minor' },
    ]);
    expect(text.slice(17, 20)).toBe('2.4');
  });
  it('allows an empty mark for something missing', () => {
    expect(unmark('dry weather⟦⟧{punct minor}').spans).toEqual([{ start: 11, end: 11, category: 'fluency/punctuation', severity: 'minor' }]);
  });
  it('refuses unknown categories and stray brackets', () => {
    expect(() => unmark('⟦x⟧{style}')).toThrow(/unknown category/);
    expect(() => unmark('⟦x⟧ without a category')).toThrow(/malformed/);
  });
});

describe('parseMarkedSet', () => {
  const text = ['# comment', '= doc-a', 'S Der ⟦Hund⟧{mis} bellt.', 'T The ⟦cat⟧{mis} barks.', '', '= doc-b', 'S Gut.', 'T Good.'].join('\n');
  it('reads documents of source/target pairs with numbered ids and spans on both sides', () => {
    const set = parseMarkedSet(text, 'de', 'en');
    expect(set.map((s) => s.id)).toEqual(['doc-a.1', 'doc-b.1']);
    expect(set[0]?.errors).toEqual([
      { side: 'source', start: 4, end: 8, category: 'accuracy/mistranslation', severity: 'major' },
      { side: 'target', start: 4, end: 7, category: 'accuracy/mistranslation', severity: 'major' },
    ]);
    expect(set[1]).toMatchObject({ doc: 'doc-b', source: 'Gut.', target: 'Good.', errors: [] });
  });
  it('names the line of a broken pair', () => {
    expect(() => parseMarkedSet('= d\nT Alone.', 'de', 'en')).toThrow(/line 2/);
  });
});

describe('JSON lines', () => {
  it('round-trips and groups by document in order', () => {
    const set = parseMarkedSet('= a\nS Eins.\nT One.\n= b\nS Zwei.\nT Two.\n= a\nS Drei.\nT Three.', 'de', 'en');
    const again = parseDevSet(formatDevSet(set));
    expect(again).toEqual(set);
    expect([...byDocument(again).entries()].map(([doc, s]) => [doc, s.map((x) => x.source)])).toEqual([
      ['a', ['Eins.', 'Drei.']],
      ['b', ['Zwei.']],
    ]);
  });
  it('rejects a span outside its text', () => {
    const line = JSON.stringify({ id: 'x', doc: 'd', source: 'ab', target: 'cd', sourceLang: 'de', targetLang: 'en', errors: [{ side: 'target', start: 1, end: 5, category: 'terminology', severity: 'minor' }] });
    expect(() => parseDevSet(line)).toThrow(/line 1: span 1–5 outside the target/);
  });
});
