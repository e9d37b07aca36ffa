import { describe, expect, it } from 'vitest';
import { closedClass, closedSchema, expandClosed } from './closed';

const table = (groups: unknown[]) => ({ about: 'test', groups, lexicalNegators: 'lack', auxiliaries: 'be', modals: 'can', abbreviations: 'dr' });

describe('closed-class tables', () => {
  it('expands words, forms with several readings, and stems with endings', () => {
    const closed = expandClosed(
      closedSchema.parse(
        table([
          { pos: 'adp', words: 'in on' },
          { pos: 'det', lemma: 'der', forms: { den: [{ gender: 'masc', case: ['acc'] }, { number: 'plur', case: ['dat'] }] } },
          { pos: 'det', kind: 'negative', lemma: 'kein', stems: 'kein', endings: ' e en', negation: 'neg' },
        ]),
      ),
    );
    expect(closed.readings.get('on')).toEqual([{ lemma: 'on', pos: 'adp', morph: {} }]);
    expect(closed.readings.get('den')?.map((r) => r.morph.case)).toEqual([['acc'], ['dat']]);
    expect([...closed.readings.keys()].filter((k) => k.startsWith('kein'))).toEqual(['kein', 'keine', 'keinen']);
    expect(closed.readings.get('keinen')?.[0]).toMatchObject({ lemma: 'kein', negation: 'neg', kind: 'negative' });
  });

  it('refuses a malformed table with a message naming the field', () => {
    expect(() => closedSchema.parse(table([{ pos: 'adverb', words: 'very' }]))).toThrow(/pos/);
    expect(() => closedSchema.parse(table([{ pos: 'adv', words: 'very', forms: { so: {} } }]))).toThrow(/exactly one/);
    expect(() => closedSchema.parse(table([{ pos: 'pron', forms: { he: { gender: 'male' } } }]))).toThrow(/gender/);
  });

  it('loads the shipped German and English tables', () => {
    expect(closedClass('de').readings.get('nicht')?.[0]).toMatchObject({ pos: 'part', negation: 'neg' });
    expect(closedClass('de').separableParticles.has('an')).toBe(true);
    expect(closedClass('en').readings.get('she')?.[0]?.morph).toMatchObject({ gender: 'fem', person: 3 });
    expect(closedClass('en').modals.has('must')).toBe(true);
  });
});
