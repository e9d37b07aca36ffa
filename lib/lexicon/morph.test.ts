import { describe, expect, it } from 'vitest';
import { englishCandidates, germanCandidates, splitCompound } from './morph';

describe('germanCandidates', () => {
  it('undoes case, plural and verb endings', () => {
    expect(germanCandidates('partnerschaften')).toContain('partnerschaft');
    expect(germanCandidates('kameraherstellers')).toContain('kamerahersteller');
    expect(germanCandidates('bestätigt')).toContain('bestätigen');
    expect(germanCandidates('kündigte')).toContain('kündigen');
    expect(germanCandidates('munkelt')).toContain('munkeln');
    expect(germanCandidates('langfristige')).toContain('langfristig');
  });

  it('undoes ge- participles, also behind a separable particle, and plural umlauts', () => {
    expect(germanCandidates('gemunkelt')).toContain('munkeln');
    expect(germanCandidates('angekündigt')).toContain('ankündigen');
    expect(germanCandidates('angekündigte')).toContain('ankündigen');
    expect(germanCandidates('häuser')).toContain('haus');
  });

  it('lists the word itself first', () => {
    expect(germanCandidates('kamera')[0]).toBe('kamera');
  });
});

describe('englishCandidates', () => {
  it('undoes regular and common irregular inflection', () => {
    expect(englishCandidates('companies')).toContain('company');
    expect(englishCandidates('boxes')).toContain('box');
    expect(englishCandidates('announced')).toContain('announce');
    expect(englishCandidates('stopped')).toContain('stop');
    expect(englishCandidates('making')).toContain('make');
    expect(englishCandidates('officially')).toContain('official');
    expect(englishCandidates("xiaomi's")).toContain('xiaomi');
    expect(englishCandidates('has')).toContain('have');
    expect(englishCandidates('fell')).toContain('fall');
  });
});

describe('splitCompound', () => {
  const words = new Set(['kamera', 'hersteller', 'technologie', 'riese', 'arbeit', 'platz', 'frosch', 'art', 'schule', 'buch']);
  const known = (w: string) => (words.has(w) ? w : undefined);

  it('splits into known parts, head last', () => {
    expect(splitCompound('kamerahersteller', known)).toEqual(['kamera', 'hersteller']);
    expect(splitCompound('technologieriese', known)).toEqual(['technologie', 'riese']);
    expect(splitCompound('froschart', known)).toEqual(['frosch', 'art']);
  });

  it('handles linking elements and three parts', () => {
    expect(splitCompound('arbeitsplatz', known)).toEqual(['arbeit', 'platz']);
    expect(splitCompound('schulbuch', known)).toEqual(['schule', 'buch']);
    expect(splitCompound('kameraherstellerriese', known)).toEqual(['kamera', 'hersteller', 'riese']);
  });

  it('falls back to a long head alone, and gives up on unknown words', () => {
    expect(splitCompound('xyzhersteller', known)).toEqual(['hersteller']);
    expect(splitCompound('xiaomi', known)).toBeUndefined();
  });
});
