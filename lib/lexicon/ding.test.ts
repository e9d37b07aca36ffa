import { describe, expect, it } from 'vitest';
import { normalisePhrase, parseDingLine, stripAnnotations } from './ding';

describe('parseDingLine', () => {
  it('pairs sub-entries position by position and splits alternatives', () => {
    const pairs = parseDingLine(
      'Hersteller {m}; Produzent {m} (von etw.) [econ.] | Hersteller {pl}; Produzenten {pl} :: producer; manufacturer (of sth.) | producers; manufacturers',
    );
    expect(pairs).toContainEqual(['hersteller', 'manufacturer', true]);
    expect(pairs).toContainEqual(['produzent', 'producer', true]);
    expect(pairs).toContainEqual(['produzenten', 'manufacturers', false]);
    expect(pairs).not.toContainEqual(['hersteller', 'producers', true]);
  });

  it('drops the infinitive "to", placeholders, pronouns and annotations', () => {
    const pairs = parseDingLine('etw. ankündigen {vt} | angekündigt | er/sie kündigt an :: to announce sth. | announced | he/she announces');
    expect(pairs).toEqual([
      ['ankündigen', 'announce', true],
      ['angekündigt', 'announced', false],
      ['kündigt an', 'announces', false],
    ]);
  });

  it('skips comments, example sentences and long phrases', () => {
    expect(parseDingLine('# Version :: devel 2023-01-30')).toEqual([]);
    expect(parseDingLine('Ich gehe nach Hause. :: I go home.')).toEqual([]);
    expect(parseDingLine('seinen Hauptsitz in London haben :: to be headquartered in London')).toEqual([]);
  });

  it('keeps entries whose abbreviation is written between slashes', () => {
    expect(parseDingLine('Prozent {n} / % / :: percent /pc/')).toEqual([['prozent', 'percent', true]]);
  });
});

describe('normalisePhrase', () => {
  it('lowercases and strips nested annotations', () => {
    expect(stripAnnotations('to go {went; gone}').trim()).toBe('to go');
    expect(normalisePhrase('Eel (on a menu) [cook.]', 'en')).toBe('eel');
    expect(normalisePhrase('Haushalts…', 'de')).toBe('');
    expect(normalisePhrase('Dr.', 'en')).toBe('dr');
  });
});
