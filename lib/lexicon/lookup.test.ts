import { describe, expect, it } from 'vitest';
import { createLexicon, isKnownWord, lookup } from './lookup';
import { parseLexicon, withInverse } from './store';

describe('lookup (shipped lexicon)', () => {
  it('finds German words through inflection', () => {
    expect(lookup('Partnerschaften', 'de')).toContain('partnership');
    expect(lookup('angekündigt', 'de')).toContain('announced');
    expect(lookup('gemunkelt', 'de')).toContain('rumour');
    expect(lookup('langfristige', 'de')).toContain('long-term');
    expect(lookup('Juli', 'de')).toEqual(['july']);
  });

  it('falls back to the head of an unknown compound', () => {
    expect(lookup('Kameraherstellers', 'de')).toEqual(expect.arrayContaining(['manufacturer', 'maker']));
  });

  it('finds English words through inflection', () => {
    expect(lookup('manufacturers', 'en')).toContain('hersteller');
    expect(lookup('companies', 'en')).toContain('unternehmen');
    expect(lookup('announced', 'en')).toContain('angekündigt');
  });

  it('knows words, base forms and compounds but not names', () => {
    expect(isKnownWord('Kameras', 'de')).toBe(true);
    expect(isKnownWord('Kamerahersteller', 'de')).toBe(true);
    expect(isKnownWord('partnerships', 'en')).toBe(true);
    expect(isKnownWord('Xiaomi', 'de')).toBe(false);
  });
});

describe('createLexicon', () => {
  const lex = createLexicon(parseLexicon('haus\thouse\tbuilding\nboot\tboat\nhausboot\thouseboat\n'));

  it('inverts the German map for English look-ups', () => {
    expect(withInverse(new Map([['haus', ['house']]])).en.get('house')).toEqual(['haus']);
    expect(lex.lookup('houses', 'en')).toEqual(['haus']);
  });

  it('analyses a word into its forms and the words of its translations', () => {
    const a = lex.analyse('Häuser', 'de');
    expect(a.forms).toContain('haus');
    expect([...a.senses.keys()]).toEqual(expect.arrayContaining(['house', 'building']));
  });

  it('reads two adjacent words as a phrase only when a two-word headword has the second one', () => {
    const phrases = createLexicon(parseLexicon('über verfügen\thave\nab und zu\tnow and then\namt\tin office\n'));
    expect(phrases.inTwoWordPhrase('über', 'de')).toBe(true);
    expect(phrases.phraseReadings('verfügt', 'über', 'de')).toHaveLength(1);
    // Three-word headwords are no two-word phrases; English reads the phrases of the inverted map.
    expect(phrases.inTwoWordPhrase('zu', 'de')).toBe(false);
    expect(phrases.phraseReadings('und', 'zu', 'de')).toEqual([]);
    expect(phrases.inTwoWordPhrase('office', 'en')).toBe(true);
    expect(phrases.inTwoWordPhrase('then', 'en')).toBe(false);
  });

  it('rebuilds a word from its parts when its own entry is ignored', () => {
    expect([...lex.analyseWithoutEntry('hausboot', 'de').senses.keys()]).toEqual(expect.arrayContaining(['house', 'boat']));
  });
});
