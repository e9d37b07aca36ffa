import { describe, expect, it } from 'vitest';
import { LETTER, MARK, NUMBER, collapseSpace, isBlank, lexiconTokenSpans, sentenceTokenSpans, wordSpans } from './words';

// The regular expressions the scanners replace: they are the specification.
const ORACLES = {
  words: /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu,
  letters: /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu,
  lexicon: /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\p{N}]/gu,
  sentence: /\p{L}[\p{L}\p{M}\p{N}]*(?:(?:-\/?|\/|['’])[\p{L}\p{N}]+)*-?|\p{N}+(?:[.,:]\p{N}+)*|[„“”"»«]|[.!?]+|…|[,;:()[\]–—/-]/gu,
};

function oracle(re: RegExp, text: string): number[] {
  return [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
}

// Characters where scanners go wrong: umlauts and ß, a combining accent, digits and superscripts, joiners,
// separators, Unicode spaces, astral letters, digits and symbols (𝐀 𝟎 😀), and lone surrogates.
const ALPHABET = ['a', 'Z', 'ä', 'ß', 'É', '\u0301', '7', '²', 'Ⅻ', "'", '’', '-', '/', '.', ',', ':', ';', '!', '?', '…', '–', '»', '"', ']', ' ', '\u00a0', '\u2009', '\n', '„', '“', '%', '€', '(', '𝐀', '𝟎', '😀', '\ud800', '\udc00', '中'];

/** A small deterministic generator, so a failure is reproducible. */
function* texts(count: number): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let n = 0; n < count; n++) {
    const length = next() % 14;
    yield Array.from({ length }, () => ALPHABET[next() % ALPHABET.length]).join('');
  }
}

describe('word scanners', () => {
  it('split real sentences as the regular expressions do', () => {
    const sentence = 'Xiaomi’s 8 Plus Gen 1 kostet 1.000,50 € – don\'t E-Mail-Adresse, „Zusammenarbeit“ (2022).';
    expect(wordSpans(sentence, LETTER | MARK | NUMBER)).toEqual(oracle(ORACLES.words, sentence));
    expect(wordSpans(sentence, LETTER | MARK)).toEqual(oracle(ORACLES.letters, sentence));
    expect(lexiconTokenSpans(sentence)).toEqual(oracle(ORACLES.lexicon, sentence));
    expect(lexiconTokenSpans('1.000,50 €')).toEqual([0, 8, 9, 10]);
    expect(sentenceTokenSpans(sentence)).toEqual(oracle(ORACLES.sentence, sentence));
    const compounds = 'Kamera-/Objektivhersteller und Kamera- und Xiaomi-CEO sagte: „Ja!?“ … 5.3.';
    expect(sentenceTokenSpans(compounds)).toEqual(oracle(ORACLES.sentence, compounds));
  });

  it('agree with the regular expressions on 20,000 random texts of tricky characters', () => {
    for (const text of texts(20_000)) {
      expect(wordSpans(text, LETTER | MARK | NUMBER), JSON.stringify(text)).toEqual(oracle(ORACLES.words, text));
      expect(wordSpans(text, LETTER | MARK), JSON.stringify(text)).toEqual(oracle(ORACLES.letters, text));
      expect(lexiconTokenSpans(text), JSON.stringify(text)).toEqual(oracle(ORACLES.lexicon, text));
      expect(sentenceTokenSpans(text), JSON.stringify(text)).toEqual(oracle(ORACLES.sentence, text));
      expect(collapseSpace(text), JSON.stringify(text)).toBe(text.replace(/\s+/gu, ' ').trim());
      expect(isBlank(text), JSON.stringify(text)).toBe(text.trim() === '');
    }
  });

  it('collapse white space as replace-and-trim does, and hand back a clean text unchanged', () => {
    for (const text of [' a', 'a ', 'a  b', 'a\tb', 'a \u00a0b', 'a\u2009', '\n', ' ', '', '\ufeffa b', 'a\u3000b ', ' \u2028']) {
      expect(collapseSpace(text), JSON.stringify(text)).toBe(text.replace(/\s+/gu, ' ').trim());
    }
    expect(collapseSpace('Xiaomi und Leica (2022).')).toBe('Xiaomi und Leica (2022).');
  });
});
