import { describe, expect, it } from 'vitest';
import { meaningCheck } from './meaning';
import { parseRelations, relations } from './relations';
import type { CheckContext } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
/** Each finding as "rule: source word → target word". */
function run(source: string, target: string, ctx: CheckContext = DE_EN): string[] {
  return meaningCheck({ id: 1, paragraph: 0, source, target }, ctx).map(
    (f) => `${f.rule}: ${source.slice(f.sourceSpans[0]!.start, f.sourceSpans[0]!.end)} → ${target.slice(f.targetSpans[0]!.start, f.targetSpans[0]!.end)}`,
  );
}

describe('antonyms', () => {
  it('flags a target word that is the opposite of a translation of the source word, in both directions', () => {
    expect(run('Das Ergebnis war gut.', 'The result was bad.')).toEqual(['meaning.antonym: gut → bad']);
    expect(run('Der Laden öffnet um neun Uhr.', 'The shop closes at nine.')).toEqual(['meaning.antonym: öffnet → closes']);
    expect(run('The result was good.', 'Das Ergebnis war schlecht.', EN_DE)).toEqual(['meaning.antonym: good → schlecht']);
  });

  it('flags the source word’s translation negated by a prefix', () => {
    expect(run('Zeigt den aktuellen Status an.', 'Shows the noncurrent status.')).toEqual(['meaning.antonym: aktuellen → noncurrent']);
    expect(run('The value is certain.', 'Der Wert ist unsicher.', EN_DE)).toEqual(['meaning.antonym: certain → unsicher']);
  });

  it('passes faithful translations and a negated opposite (litotes)', () => {
    expect(run('Das Ergebnis war gut.', 'The result was good.')).toEqual([]);
    expect(run('Der Laden öffnet um neun Uhr.', 'The shop opens at nine.')).toEqual([]);
    expect(run('Das Ergebnis war nicht schlecht.', 'The result was not bad.')).toEqual([]);
    expect(run('The result was good.', 'Das Ergebnis war gut.', EN_DE)).toEqual([]);
  });
});

describe('too general and too specific', () => {
  it('flags a hypernym or hyponym of the expected word', () => {
    expect(run('Er kaufte ein neues Auto.', 'He bought a new vehicle.')).toEqual(['meaning.too-general: Auto → vehicle']);
    expect(run('Er kaufte ein neues Fahrzeug.', 'He bought a new car.')).toEqual(['meaning.too-specific: Fahrzeug → car']);
    expect(run('He bought a new car.', 'Er kaufte ein neues Fahrzeug.', EN_DE)).toEqual(['meaning.too-general: car → Fahrzeug']);
  });

  it('compares nouns only: an English verb is no more general word, by the shared analysis', () => {
    expect(run('Die Reinigung der Datei.', 'The scrub of the file.')).toEqual(['meaning.too-specific: Reinigung → scrub']);
    expect(run('Die Reinigung der Datei.', 'Scrub the file.')).toEqual([]);
  });

  it('takes the head of an English open compound as the compound, not as a more general word', () => {
    expect(run('Gibt den vollständigen Dateinamen aus.', 'Prints the full file name.')).toEqual([]);
  });

  it('passes the expected word and a synonym the dictionary knows', () => {
    expect(run('Er kaufte ein neues Auto.', 'He bought a new car.')).toEqual([]);
    expect(run('He bought a new car.', 'Er kaufte ein neues Auto.', EN_DE)).toEqual([]);
    expect(run('Die Firma wächst schnell.', 'The company is growing fast.')).toEqual([]);
  });
});

describe('the compiled relations', () => {
  it('holds WordNet antonyms both ways and noun hypernyms', () => {
    expect(relations().antonyms('good').has('bad')).toBe(true);
    expect(relations().antonyms('bad').has('good')).toBe(true);
    expect(relations().hypernyms('car').has('vehicle')).toBe(true);
    expect(relations().hypernyms('vehicle').has('car')).toBe(false);
  });

  it('refuses a malformed line with its number', () => {
    expect(() => parseRelations('# header\ngood\tbad\t\nbad word\tgood\t\n')).toThrow(/line 3/);
    expect(parseRelations('good\tbad,evil\t\n').antonyms('good')).toEqual(new Set(['bad', 'evil']));
  });
});
