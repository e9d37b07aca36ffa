import { describe, expect, it } from 'vitest';
import { createLexicon, isKnownWord, lookup, SYNONYM_RANK } from './lookup';
import { parseLexicon, withInverse } from './store';

describe('lookup (shipped lexicon)', () => {
  it('finds German words through inflection', () => {
    expect(lookup('Partnerschaften', 'de')).toContain('partnership');
    // A participle the lexicon rebuilds from its verb: the verb's senses.
    expect(lookup('angekündigt', 'de')).toContain('announce');
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
    expect(lookup('announced', 'en')).toContain('ankündigen');
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

describe('senses of nouns, marked senses and synonyms', () => {
  // „Alt“ the noun is "alto"; „alt“ the adjective is "old"; „Alte“ is only a noun; "squaw" is a marked sense.
  const lex = createLexicon(
    parseLexicon(
      'alt\talto^\told\tancient\nalte\told woman^\tsquaw^~\njahrhundert\tcentury\nauto\tcar\n',
      'en\tcar\tautomobile\nde\tauto\tpkw\n',
    ),
  );

  it('reads a German word written in lower case as no noun, a capitalised one as written', () => {
    expect(lex.lookup('alt', 'de')).toEqual(['old', 'ancient', 'alto']);
    expect(lex.lookup('Alt', 'de')).toEqual(['alto', 'old', 'ancient']);
    // "altes": the noun „Alte“ is a candidate too, but not for a word in lower case.
    expect(lex.lookup('altes', 'de')[0]).toBe('old');
  });

  it('splits a lower-case compound at an adjective head, not a noun: „jahrhundertealtes“ is old, not "old woman"', () => {
    expect(lex.lookup('jahrhundertealtes', 'de')[0]).toBe('old');
    expect(lex.lookup('jahrhundertealtes', 'de')).not.toContain('squaw');
    expect(lex.analyse('jahrhundertealtes', 'de').forms).toEqual(['jahrhundertealtes', 'jahrhundert', 'alt']);
  });

  it('widens senses by synonyms of the translations, ranked below every direct sense', () => {
    const senses = lex.analyse('Auto', 'de').senses;
    expect(senses.get('car')).toBe(0);
    expect(senses.get('automobile')).toBeGreaterThanOrEqual(SYNONYM_RANK);
    expect(lex.analyse('car', 'en').senses.get('pkw')).toBeGreaterThanOrEqual(SYNONYM_RANK);
  });
});

describe('capitalised German', () => {
  it('lists the noun senses of a capitalised word first, the verb senses of a lower-case one', () => {
    const lex = createLexicon(parseLexicon('unternehmen\tundertake\tundertaking^\tcompany^\n'));
    expect(lex.lookup('Unternehmen', 'de')).toEqual(['undertaking', 'company', 'undertake']);
    expect(lex.lookup('unternehmen', 'de')).toEqual(['undertake', 'undertaking', 'company']);
  });
});
