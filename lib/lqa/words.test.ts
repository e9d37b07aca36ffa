import { describe, expect, it } from 'vitest';
import { countWords } from './words';

describe('countWords', () => {
  it('counts plain words in both languages', () => {
    expect(countWords('Die Regierung kündigte neue Maßnahmen an.', 'de')).toBe(6);
    expect(countWords('The government announced new measures.', 'en')).toBe(5);
  });

  it('counts a hyphenated compound once', () => {
    expect(countWords('Die E-Mail-Adresse', 'de')).toBe(2);
    expect(countWords('a state-of-the-art system', 'en')).toBe(3);
    expect(countWords('am 2024-05-01', 'de')).toBe(2);
  });

  it('counts each part of a suspended compound', () => {
    expect(countWords('Kinder- und Jugendhilfe', 'de')).toBe(3);
  });

  it('counts numbers as one word each and ignores symbols and punctuation', () => {
    expect(countWords('Er zahlte 1.000,50 € (3,5 %) um 10:30 Uhr.', 'de')).toBe(7);
    expect(countWords('It costs $1,000.50 – or 3.5 %!', 'en')).toBe(5);
  });

  it('keeps apostrophes and non-Latin letters inside words', () => {
    expect(countWords("Xiaomi’s phone doesn't fail", 'en')).toBe(4);
    expect(countWords('Müßiggang über Ærø', 'de')).toBe(3);
  });

  it('gives 0 for empty or punctuation-only text', () => {
    expect(countWords('', 'de')).toBe(0);
    expect(countWords(' … – ! ', 'en')).toBe(0);
  });
});
