import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { wordReading } from './word';

describe('wordReading', () => {
  it('reads a word out of context as the analysis reads it in a sentence', () => {
    expect(wordReading('Häuser', 'de')).toMatchObject({ known: true, readings: [{ lemma: 'Haus', pos: 'noun' }] });
    expect(wordReading('houses', 'en').readings.map((r) => r.lemma)).toContain('house');
    expect(wordReading('Xiaomi', 'de').known).toBe(false);
  });

  it('knows verb forms spelled with ss that the lexicon lists in the spelling before 1996 (muß, läßt)', () => {
    expect(wordReading('muss', 'de').readings.some((r) => r.pos === 'modal' && r.lemma === 'müssen')).toBe(true);
    expect(wordReading('lässt', 'de').readings.some((r) => r.lemma === 'lassen')).toBe(true);
    const a = analyse('Er muss gehen, weil sie es so lässt.', 'de');
    expect(a.tokens.filter((t) => t.text === 'muss' || t.text === 'lässt').every((t) => t.known)).toBe(true);
  });
});
