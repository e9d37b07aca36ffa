import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus';
import { probeWords, wordCountRange } from './candidates';
import { matchScore, MIN_SCORE, scoredWords } from './score';

describe('wordCountRange', () => {
  it('bounds the stored word count a 70 % match can have', () => {
    expect(wordCountRange(10)).toEqual({ min: 7, max: 14 });
    expect(wordCountRange(1)).toEqual({ min: 1, max: 1 });
  });
});

describe('probeWords', () => {
  it('takes the rarest words, as many as a match may miss plus one', () => {
    const words = scoredWords('Die Datei wurde gestern auf dem Server gespeichert');
    const frequency = new Map([['die', 900], ['datei', 40], ['wurde', 300], ['gestern', 5], ['auf', 800], ['dem', 700], ['server', 60], ['gespeichert', 20]]);
    // 8 words: a 70 % match has at least 6, so it holds one of any 3.
    expect(probeWords(words, frequency)).toEqual(['gestern', 'gespeichert', 'datei']);
  });

  it('never misses a match of 70 % or more (checked against the score on edited sentences)', () => {
    const stored = [
      'Mit dieser Option wird die Ausgabe in eine Datei geschrieben.',
      'Die Option -v zeigt ausführliche Meldungen an.',
      'Gibt die Version aus und beendet das Programm.',
      'Die Datei wird gelöscht, wenn sie leer ist.',
    ];
    const queries = [
      'Mit dieser Option wird die Ausgabe in die Datei geschrieben.',
      'Die Option -q zeigt keine Meldungen an.',
      'Gibt die Hilfe aus und beendet das Programm.',
      'Die Datei wird nicht gelöscht, wenn sie leer ist.',
    ];
    const frequency = new Map<string, number>();
    for (const s of stored) for (const w of new Set(scoredWords(s))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    let checked = 0;
    for (const q of queries) {
      const probe = new Set(probeWords(scoredWords(q), frequency));
      const range = wordCountRange(scoredWords(q).length);
      for (const s of stored) {
        if (matchScore(s, q).score < MIN_SCORE) continue;
        const words = scoredWords(s);
        expect(words.some((w) => probe.has(w)), `${s} ⟷ ${q}`).toBe(true);
        expect(words.length).toBeGreaterThanOrEqual(range.min);
        expect(words.length).toBeLessThanOrEqual(range.max);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(queries.length);
  });

  it('never misses a match on man-page sentences with a word changed and one left out', () => {
    const stored = loadCorpus().filter((_, i) => i % 60 === 0).map((p) => p.de);
    const frequency = new Map<string, number>();
    for (const s of stored) for (const w of new Set(scoredWords(s))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    let checked = 0;
    stored.forEach((source, i) => {
      const w = source.split(' ');
      if (w.length < 5) return;
      w[i % w.length] = 'Anders';
      w.splice((i * 7) % w.length, 1);
      const q = w.join(' ');
      const probe = new Set(probeWords(scoredWords(q), frequency));
      for (const s of stored) {
        if (matchScore(s, q).score < MIN_SCORE) continue;
        expect(scoredWords(s).some((x) => probe.has(x)), `${s} ⟷ ${q}`).toBe(true);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(50);
  });
});
