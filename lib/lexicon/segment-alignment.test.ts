import { afterEach, describe, expect, it } from 'vitest';
import { alignWords } from './align';
import { analyse } from '../analysis';
import { alignSegment, analysedTokens } from './segment-alignment';
import { setLexicon, withInverse } from './store';

const source = 'Die Regierung hat das Gesetz geändert.';
const target = 'The government has changed the law.';

describe('alignSegment', () => {
  afterEach(() => setLexicon(undefined));

  it('gives the links alignWords gives, once per pair: the same object again for the same segment', () => {
    const first = alignSegment(source, target, 'de', 'en');
    expect(first).toEqual(alignWords(source, target, 'de', 'en'));
    expect(alignSegment(source, target, 'de', 'en')).toBe(first);
    expect(Object.isFrozen(first.links)).toBe(true);
  });

  it('keys by both texts and both languages', () => {
    const a = alignSegment(source, target, 'de', 'en');
    expect(alignSegment(source, 'The government has changed the rule.', 'de', 'en')).not.toBe(a);
    expect(alignSegment(target, source, 'en', 'de').sourceTokens[0]?.text).toBe('The');
  });

  it('aligns afresh when the lexicon changes, so no alignment outlives its data', () => {
    const shipped = alignSegment('Haus', 'house', 'de', 'en');
    expect(shipped.links).toEqual([[0, 0]]);
    setLexicon(withInverse(new Map([['haus', ['home']]])));
    expect(alignSegment('Haus', 'house', 'de', 'en').links).toEqual([]);
  });
});

describe('analysedTokens', () => {
  it('pairs each alignment token with the analysis token at its offset, a hyphenated word for each of its parts', () => {
    const text = 'Das Xiaomi-Smartphone kostet viel.';
    const tokens = alignSegment(text, 'The Xiaomi smartphone costs a lot.', 'de', 'en').sourceTokens;
    const analysed = analysedTokens(tokens, analyse(text, 'de'));
    expect(tokens.map((t, i) => `${t.text}:${analysed[i]?.text}`)).toEqual(
      tokens.map((t) => `${t.text}:${t.text === 'Xiaomi' || t.text === '-' || t.text === 'Smartphone' ? 'Xiaomi-Smartphone' : t.text}`),
    );
  });
});
