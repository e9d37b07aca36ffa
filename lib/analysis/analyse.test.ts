import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import type { Analysis } from './types';

const token = (a: Analysis, text: string) => {
  const t = a.tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${a.text}`);
  return t;
};
const group = (a: Analysis, lemma: string) => {
  const g = a.verbGroups.find((x) => x.lemma === lemma);
  if (!g) throw new Error(`no verb group ${lemma} in ${a.text}: ${a.verbGroups.map((x) => x.lemma).join(', ')}`);
  return g;
};

describe('analyse: German', () => {
  it('gives lemma, part of speech and morphology from the full-form lexicon', () => {
    const a = analyse('Die Häuser der Stadt wurden verkauft.', 'de');
    expect(token(a, 'Häuser')).toMatchObject({ lemma: 'Haus', pos: 'noun', morph: { gender: 'neut', number: 'plur' } });
    expect(token(a, 'Die')).toMatchObject({ pos: 'det', sentenceStart: true });
    expect(token(a, 'verkauft')).toMatchObject({ lemma: 'verkaufen', pos: 'verb', morph: { verbForm: 'ppast' } });
  });

  it('reads compounds and compared adjectives the lexicon lacks as full forms', () => {
    const a = analyse('Der Haushaltsentwurf ist größer als das jahrhundertealte Rathaus.', 'de');
    expect(token(a, 'Haushaltsentwurf')).toMatchObject({ pos: 'noun', lemma: 'Haushaltsentwurf' });
    expect(token(a, 'größer')).toMatchObject({ pos: 'adj', lemma: 'groß', morph: { degree: 'comp' } });
    expect(token(a, 'jahrhundertealte')).toMatchObject({ pos: 'adj', lemma: 'jahrhundertealt' });
  });

  it.each([
    ['Der Verein baut ein neues Stadion.', 'bauen', 'present'],
    ['Der Verein baute ein neues Stadion.', 'bauen', 'past'],
    ['Der Verein hat ein neues Stadion gebaut.', 'bauen', 'perfect'],
    ['Der Verein hatte ein neues Stadion gebaut.', 'bauen', 'pluperfect'],
    ['Der Verein wird ein neues Stadion bauen.', 'bauen', 'future'],
    ['Der Verein wird ein neues Stadion gebaut haben.', 'bauen', 'future-perfect'],
    ['Der Verein würde ein neues Stadion bauen.', 'bauen', 'conditional'],
    ['Die Mannschaft ist nach Hause gefahren.', 'fahren', 'perfect'],
  ] as const)('tense: %s → %s %s', (text, lemma, tense) => {
    expect(group(analyse(text, 'de'), lemma)).toMatchObject({ tense, passive: false });
  });

  it('tells the passive and its tense', () => {
    expect(group(analyse('Das Stadion wird gebaut.', 'de'), 'bauen')).toMatchObject({ tense: 'present', passive: true });
    expect(group(analyse('Das Stadion wurde 2020 gebaut.', 'de'), 'bauen')).toMatchObject({ tense: 'past', passive: true });
    expect(group(analyse('Das Stadion ist gebaut worden.', 'de'), 'bauen')).toMatchObject({ tense: 'perfect', passive: true });
  });

  it('re-attaches a separable particle to its verb', () => {
    const a = analyse('Der Konzern kündigte am Montag neue Produkte an.', 'de');
    const g = group(a, 'ankündigen');
    expect(g).toMatchObject({ tense: 'past' });
    expect(a.tokens[g.particle!]).toMatchObject({ text: 'an', pos: 'part' });
    expect(token(a, 'kündigte').lemma).toBe('ankündigen');
    // "an" before its noun phrase is a preposition, not a particle.
    expect(token(analyse('Er denkt an die Kinder.', 'de'), 'an').pos).toBe('adp');
  });

  it('finds imperatives, formal and informal', () => {
    const formal = analyse('Bewahren Sie das Gerät außerhalb der Reichweite von Kindern auf.', 'de');
    expect(group(formal, 'aufbewahren')).toMatchObject({ imperative: true, mood: 'imp', person: 2 });
    expect(token(formal, 'Sie')).toMatchObject({ pos: 'pron', kind: 'formal' });
    expect(group(analyse('Bitte lies die Anleitung!', 'de'), 'lesen')).toMatchObject({ imperative: true });
    // A question with the verb first is no imperative.
    expect(group(analyse('Haben Sie die Anleitung gelesen?', 'de'), 'lesen').imperative).toBe(false);
  });

  it('marks negation on the negator and its verb group, and words that carry negation', () => {
    const a = analyse('Er kommt heute nicht, weil er ohne Auto kaum Zeit hat.', 'de');
    expect(token(a, 'nicht')).toMatchObject({ negation: true, negationKind: 'neg' });
    expect(token(a, 'ohne')).toMatchObject({ negation: true, negationKind: 'lexical' });
    expect(token(a, 'kaum')).toMatchObject({ negation: true, negationKind: 'lexical' });
    expect(group(a, 'kommen').negated).toBe(true);
    expect(group(a, 'haben').negated).toBe(false);
  });

  it('gives pronouns person, number and gender', () => {
    const a = analyse('Er gab ihr sein Buch.', 'de');
    expect(token(a, 'Er').morph).toMatchObject({ person: 3, number: 'sing', gender: 'masc' });
    expect(token(a, 'sein')).toMatchObject({ pos: 'det', kind: 'possessive', morph: { gender: 'masc' } });
  });

  it('splits clauses at subordinators and relative pronouns, verb-final finite verbs included', () => {
    const a = analyse('Er sagte, dass das Haus verkauft worden war, das sein Vater gebaut hatte.', 'de');
    expect(a.clauses.map((c) => c.kind)).toEqual(['main', 'subordinate', 'relative']);
    expect(group(a, 'verkaufen')).toMatchObject({ tense: 'pluperfect', passive: true });
    expect(group(a, 'bauen')).toMatchObject({ tense: 'pluperfect' });
    expect(token(a, 'dass').clause).toBe(1);
  });

  it('names capitalised words the lexicon does not know as nouns as entity candidates', () => {
    const a = analyse('Gestern stellte Xiaomi in Peking das neue Gerät vor.', 'de');
    expect(a.entities.map((e) => e.text)).toEqual(['Xiaomi', 'Peking']);
    expect(token(a, 'Gerät').pos).toBe('noun');
    expect(group(a, 'vorstellen').tense).toBe('past');
  });
});

describe('analyse: English', () => {
  it('gives lemma, part of speech and morphology from WordNet and its morphy rules', () => {
    const a = analyse('The children bought bigger houses.', 'en');
    expect(token(a, 'children')).toMatchObject({ lemma: 'child', pos: 'noun', morph: { number: 'plur' } });
    expect(token(a, 'bought')).toMatchObject({ lemma: 'buy', pos: 'verb', morph: { verbForm: 'fin', tense: 'past' } });
    expect(token(a, 'bigger')).toMatchObject({ lemma: 'big', pos: 'adj', morph: { degree: 'comp' } });
  });

  it.each([
    ['The club builds a new stadium.', 'build', 'present', false],
    ['The club built a new stadium.', 'build', 'past', false],
    ['The club has built a new stadium.', 'build', 'perfect', false],
    ['The club had built a new stadium.', 'build', 'pluperfect', false],
    ['The club will build a new stadium.', 'build', 'future', false],
    ['The club will have built a new stadium.', 'build', 'future-perfect', false],
    ['The club would build a new stadium.', 'build', 'conditional', false],
    ['The club is building a new stadium.', 'build', 'present', true],
    ['The club was building a new stadium.', 'build', 'past', true],
    ['The club has been building a new stadium.', 'build', 'perfect', true],
  ] as const)('tense and aspect: %s → %s %s', (text, lemma, tense, progressive) => {
    expect(group(analyse(text, 'en'), lemma)).toMatchObject({ tense, progressive, passive: false });
  });

  it('tells the passive, modals and negation of a chain', () => {
    expect(group(analyse('The stadium was built in 2020.', 'en'), 'build')).toMatchObject({ tense: 'past', passive: true });
    expect(group(analyse('The stadium has not yet been built.', 'en'), 'build')).toMatchObject({ tense: 'perfect', passive: true, negated: true });
    expect(group(analyse('You must not open the lid.', 'en'), 'open')).toMatchObject({ modal: 'must', negated: true });
    const a = analyse("I don't think he would go.", 'en');
    expect(group(a, 'think').negated).toBe(true);
    expect(group(a, 'go')).toMatchObject({ negated: false, tense: 'conditional' });
    expect(token(a, "n't")).toMatchObject({ lemma: 'not', negation: true });
  });

  it('finds imperatives', () => {
    expect(group(analyse('Keep the device away from children.', 'en'), 'keep')).toMatchObject({ imperative: true, mood: 'imp' });
    expect(group(analyse("Please don't touch the screen.", 'en'), 'touch')).toMatchObject({ imperative: true, negated: true });
    expect(group(analyse('The device keeps the data.', 'en'), 'keep').imperative).toBe(false);
    expect(group(analyse('Keep it?', 'en'), 'keep').imperative).toBe(false);
  });

  it('gives pronouns person, number and gender', () => {
    const a = analyse('She gave him their book.', 'en');
    expect(token(a, 'She').morph).toMatchObject({ person: 3, number: 'sing', gender: 'fem' });
    expect(token(a, 'him').morph).toMatchObject({ gender: 'masc', case: ['acc'] });
    expect(token(a, 'their').morph).toMatchObject({ number: 'plur', poss: true });
  });

  it('splits clauses at subordinators, relative pronouns and coordinated finite verbs', () => {
    const a = analyse('He said that the house was sold by the company that he founded, and she left.', 'en');
    expect(a.clauses.map((c) => c.kind)).toEqual(['main', 'subordinate', 'relative', 'main']);
    expect(group(a, 'found').tense).toBe('past');
  });

  it('names unknown or name-only capitalised words, with the capitalised words beside them', () => {
    const a = analyse('Xiaomi met the European Central Bank in Frankfurt, the city council said.', 'en');
    expect(a.entities.map((e) => e.text)).toEqual(['Xiaomi', 'European Central Bank', 'Frankfurt']);
    expect(token(a, 'council').pos).toBe('noun');
  });

  it('marks words that carry negation', () => {
    const a = analyse('The results were absent and he left without a word.', 'en');
    expect(token(a, 'absent')).toMatchObject({ negation: true, negationKind: 'lexical' });
    expect(token(a, 'without')).toMatchObject({ negation: true, negationKind: 'lexical' });
  });
});

describe('analyse: cache', () => {
  it('returns the same analysis for the same text and language, another for the other language', () => {
    const a = analyse('Die Katze schläft.', 'de');
    expect(analyse('Die Katze schläft.', 'de')).toBe(a);
    expect(analyse('Die Katze schläft.', 'en')).not.toBe(a);
  });
});
