import { describe, expect, it } from 'vitest';
import type { Alignment } from './align';
import { rankSenses } from './senses';
import { tokenize } from './tokenize';

function alignment(de: string, en: string, links: [number, number][], confidence?: number[]): Alignment {
  return { sourceTokens: tokenize(de, 'de'), targetTokens: tokenize(en, 'en'), links, confidence };
}

describe('rankSenses', () => {
  it('puts the sense the aligned counterpart matches first, through base forms', () => {
    // "Der Umsatz stieg" ↔ "Revenue rose": „stieg“ (2) is linked to "rose" (1).
    const a = alignment('Der Umsatz stieg.', 'Revenue rose.', [[2, 1]]);
    const ranked = rankSenses('stieg', ['climbed', 'mounted', 'rose', 'rise'], a, 'source', 'en');
    expect(ranked.translations).toEqual(['rose', 'rise', 'climbed', 'mounted']);
    expect(ranked.counterparts).toEqual(['rose']);
    expect(ranked.aligned).toBe(2);
  });

  it('orders several counterparts by confidence and works from the target side', () => {
    const a = alignment('Das jahrhundertealte Haus.', 'The century-old house.', [[1, 1], [1, 3], [2, 4]], [0.5, 0.9, 0.9]);
    const ranked = rankSenses('old', ['alt', 'jahrhundertealt'], { ...a, sourceTokens: a.sourceTokens }, 'target', 'de');
    expect(ranked.counterparts).toEqual(['jahrhundertealte']);
    expect(rankSenses('jahrhundertealte', ['ancient', 'century', 'old'], a, 'source', 'en').translations).toEqual(['old', 'century', 'ancient']);
  });

  it('keeps the dictionary order when the word has no counterpart', () => {
    const a = alignment('Der Umsatz stieg.', 'Revenue rose.', []);
    expect(rankSenses('stieg', ['climbed', 'rose'], a, 'source', 'en')).toEqual({ translations: ['climbed', 'rose'], counterparts: [], aligned: 0 });
  });
});
