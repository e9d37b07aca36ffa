import { describe, expect, it } from 'vitest';
import { normalisePhrase, parseDingLine, stripAnnotations } from './ding';

describe('parseDingLine', () => {
  it('pairs sub-entries position by position and splits alternatives', () => {
    const pairs = parseDingLine(
      'Hersteller {m}; Produzent {m} (von etw.) [econ.] | Hersteller {pl}; Produzenten {pl} :: producer; manufacturer (of sth.) | producers; manufacturers',
    );
    const pair = (de: string, en: string, primary: boolean) => ({ de, en, primary, marked: false, noun: true, size: 2 });
    expect(pairs).toContainEqual(pair('hersteller', 'manufacturer', true));
    expect(pairs).toContainEqual(pair('produzent', 'producer', true));
    expect(pairs).toContainEqual(pair('produzenten', 'manufacturers', false));
    expect(pairs.some((p) => p.de === 'hersteller' && p.en === 'producers' && p.primary)).toBe(false);
  });

  it('drops the infinitive "to", placeholders, pronouns and annotations', () => {
    const pairs = parseDingLine('etw. ankündigen {vt} | angekündigt | er/sie kündigt an :: to announce sth. | announced | he/she announces');
    expect(pairs.map((p) => [p.de, p.en, p.primary])).toEqual([
      ['ankündigen', 'announce', true],
      ['angekündigt', 'announced', false],
      ['kündigt an', 'announces', false],
    ]);
    expect(pairs.every((p) => !p.noun && !p.marked)).toBe(true);
  });

  it('skips comments, example sentences and long phrases', () => {
    expect(parseDingLine('# Version :: devel 2023-01-30')).toEqual([]);
    expect(parseDingLine('Ich gehe nach Hause. :: I go home.')).toEqual([]);
    expect(parseDingLine('seinen Hauptsitz in London haben :: to be headquartered in London')).toEqual([]);
  });

  it('keeps entries whose abbreviation is written between slashes', () => {
    expect(parseDingLine('Prozent {n} / % / :: percent /pc/')).toEqual([{ de: 'prozent', en: 'percent', primary: true, marked: false, noun: true, size: 1 }]);
  });

  it('marks slang, vulgar, archaic and regional senses on either side, alternative by alternative', () => {
    const pairs = parseDingLine('jds. Alte {f} (Ehefrau, Freundin) [slang] [soc.] :: sb.’s old Dutch [Br.]; sb.’s squaw [Am.] [slang]');
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => p.marked && p.noun)).toBe(true);
    const mixed = parseDingLine('Paradeiser {m} [Ös.]; Tomate {f} :: tomato');
    expect(mixed.find((p) => p.de === 'paradeiser')?.marked).toBe(true);
    expect(mixed.find((p) => p.de === 'tomate')?.marked).toBe(false);
    const english = parseDingLine('Gefängnis {n} :: prison; gaol [Br.] [dated]');
    expect(english.find((p) => p.en === 'gaol')?.marked).toBe(true);
    expect(english.find((p) => p.en === 'prison')?.marked).toBe(false);
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

describe('MARKED_LABEL', () => {
  it('marks a sense only used inside compounds, but not a topic label', () => {
    const pairs = parseDingLine('Kundentelefon {n}; Telefon {n} (in Zusammensetzungen) :: customer hotline');
    expect(pairs.find((p) => p.de === 'telefon')?.marked).toBe(true);
    expect(pairs.find((p) => p.de === 'kundentelefon')?.marked).toBe(false);
    expect(parseDingLine('Telefon {n} [telco.] :: telephone')[0]?.marked).toBe(false);
  });
});
