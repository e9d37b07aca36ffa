import { describe, expect, it } from 'vitest';
import { finiteShape, isGeParticiple, isInfinitiveShape, isParticipleShape, sentences, tokenize } from '.';

describe('German verb shapes', () => {
  it('recognises participles, with and without ge-', () => {
    for (const w of ['gefunden', 'angekündigt', 'zusammengetan', 'getan']) expect(isGeParticiple(w)).toBe(true);
    for (const w of ['bestätigt', 'unterschrieben', 'präsentiert']) expect(isParticipleShape(w)).toBe(true);
    for (const w of ['gegen', 'gestern', 'gemeinsamen', 'gefährlichen', 'genau']) expect(isParticipleShape(w)).toBe(false);
  });

  it('recognises infinitive shapes but not closed-class words or adjective suffixes', () => {
    for (const w of ['kommen', 'ändern', 'sein', 'bestätigen', 'haben']) expect(isInfinitiveShape(w)).toBe(true);
    for (const w of ['einen', 'wegen', 'morgen', 'sieben', 'herrlichen']) expect(isInfinitiveShape(w)).toBe(false);
  });

  it('grades finite forms', () => {
    expect(finiteShape('wird')).toBe('sure');
    expect(finiteShape('kocht')).toBe('likely');
    expect(finiteShape('spielen')).toBe('ambiguous');
    expect(finiteShape('nicht')).toBe('no');
  });
});

describe('tokenize and sentences', () => {
  it('keeps compounds whole and splits sentences, not ordinals or abbreviations', () => {
    const t = tokenize('Am 5. März kam das Kamera-/Objektivmodell, z. B. die X-1. Dann „Ende“.');
    expect(t.map((x) => x.text)).toContain('Kamera-/Objektivmodell');
    const s = sentences(t).map(([a, b]) => t.slice(a, b).map((x) => x.text).join(' '));
    expect(s).toEqual(['Am 5 . März kam das Kamera-/Objektivmodell , z . B . die X-1 .', 'Dann „ Ende “ .']);
  });
});
