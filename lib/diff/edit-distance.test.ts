import { describe, expect, it } from 'vitest';
import { charEditDistance, charEditRate, wordEditDistance, wordEditRate, wordTokens } from './edit-distance';

describe('charEditDistance', () => {
  it('is the Levenshtein distance', () => {
    expect(charEditDistance('kitten', 'sitting')).toBe(3);
    expect(charEditDistance('', 'abc')).toBe(3);
    expect(charEditDistance('abc', '')).toBe(3);
    expect(charEditDistance('', '')).toBe(0);
    expect(charEditDistance('Straße', 'Strasse')).toBe(2);
  });

  it('counts an umlaut or an emoji as one character, however it is encoded', () => {
    expect(charEditDistance('Grösse', 'Größe')).toBe(2);
    // "ü" precomposed vs. "u" + combining diaeresis are the same text.
    expect(charEditDistance('über', 'u\u0308ber')).toBe(0);
    expect(charEditDistance('ok 👍', 'ok 👎')).toBe(1);
  });

  it('is symmetric', () => {
    expect(charEditDistance('Partnerschaft', 'partnership')).toBe(charEditDistance('partnership', 'Partnerschaft'));
  });
});

describe('wordEditDistance', () => {
  it('counts token insertions, deletions and substitutions', () => {
    expect(wordEditDistance('the cat sat', 'the cat sat')).toBe(0);
    expect(wordEditDistance('the cat sat', 'the dog sat')).toBe(1);
    expect(wordEditDistance('the cat sat', 'the cat sat down')).toBe(1);
    expect(wordEditDistance('the cat sat', 'cat sat')).toBe(1);
  });

  it('treats punctuation as its own token and does not shift blocks', () => {
    expect(wordEditDistance('Ja, gut.', 'Ja gut.')).toBe(1);
    expect(wordEditDistance('um 8,5 %', 'um 8,7 %')).toBe(1);
    // A moved block costs insert + delete per word, unlike full TER.
    expect(wordEditDistance('a b c d', 'c d a b')).toBe(4);
  });

  it('tokenises words, numbers and punctuation', () => {
    expect(wordTokens('„Größe“ stieg um 8,5 %.')).toEqual(['„', 'Größe', '“', 'stieg', 'um', '8', ',', '5', '%', '.']);
  });
});

describe('edit rates', () => {
  it('divide by the length of the reference', () => {
    expect(charEditRate('kitten', 'sitting')).toBeCloseTo(3 / 7);
    expect(wordEditRate('the cat sat', 'the dog sat down')).toBeCloseTo(2 / 4);
  });

  it('are 0 for identical text and 1 against an empty reference', () => {
    expect(wordEditRate('gleich', 'gleich')).toBe(0);
    expect(charEditRate('', '')).toBe(0);
    expect(charEditRate('etwas', '')).toBe(1);
    expect(wordEditRate('etwas', '')).toBe(1);
  });
});
