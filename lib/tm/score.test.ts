import { describe, expect, it } from 'vitest';
import { MIN_SCORE, matchScore, sourceDiff } from './score';

describe('matchScore', () => {
  it('gives 100 only to the identical sentence', () => {
    expect(matchScore('Die Datei wurde gespeichert.', 'Die Datei wurde gespeichert.').score).toBe(100);
    expect(matchScore('Die Datei wurde gespeichert.', 'Die Datei  wurde gespeichert.').score).toBe(99);
  });

  it('takes a word-level edit distance as the share of the longer sentence', () => {
    // 1 of 5 words replaced: 80 %.
    expect(matchScore('Die Datei wurde gestern gespeichert', 'Die Datei wurde heute gespeichert').score).toBe(80);
    // 2 of 10 words missing: 80 %.
    expect(matchScore('eins zwei drei vier fünf sechs sieben acht neun zehn', 'eins zwei drei vier fünf sechs sieben acht').score).toBe(80);
  });

  it('is symmetric', () => {
    const a = 'Öffnen Sie die Datei mit dem Editor.';
    const b = 'Öffnen Sie die Datei im Editor, bitte.';
    expect(matchScore(a, b).score).toBe(matchScore(b, a).score);
  });

  it('costs a changed number a point, not a whole word', () => {
    const m = matchScore('Es wurden 12 Dateien kopiert.', 'Es wurden 15 Dateien kopiert.');
    expect(m.score).toBe(99);
    expect(m.penalties.number).toBe(1);
  });

  it('costs a changed inline tag two points', () => {
    const m = matchScore('Klicken Sie auf ⟦1⟧Speichern⟦/1⟧.', 'Klicken Sie auf Speichern.');
    expect(m.penalties.tag).toBe(2);
    expect(m.score).toBe(96);
  });

  it('costs changed punctuation and case a point each', () => {
    expect(matchScore('Die Datei wurde gespeichert.', 'Die Datei wurde gespeichert!').score).toBe(99);
    const m = matchScore('die Datei wurde gespeichert.', 'Die Datei wurde gespeichert.');
    expect(m.penalties.case).toBe(1);
    expect(m.score).toBe(99);
  });

  it('keeps unrelated sentences far below the offer threshold', () => {
    expect(matchScore('Der Himmel ist blau.', 'Die Katze schläft auf dem Sofa.').score).toBeLessThan(MIN_SCORE);
    expect(matchScore('', 'Etwas Text.').score).toBe(0);
  });
});

describe('sourceDiff', () => {
  it('shows what changed from the stored source to the current one', () => {
    const parts = sourceDiff('Die Datei wurde gestern gespeichert.', 'Die Datei wurde heute gespeichert.');
    expect(parts.filter((p) => p.kind === 'delete').map((p) => p.text.trim())).toEqual(['gestern']);
    expect(parts.filter((p) => p.kind === 'insert').map((p) => p.text.trim())).toEqual(['heute']);
  });
});
