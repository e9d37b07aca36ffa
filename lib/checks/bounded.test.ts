/** Hostile texts — one endless "word", chains of hyphenated parts — cost the checks work bounded per token, not per pair of letters. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { englishSpeller, germanSpeller, loadSpellers } from './dictionaries';
import { checkDocument, checkSegment, MAX_FINDINGS_PER_CHECK } from './registry';
import type { CheckContext } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };

beforeAll(() => {
  loadSpellers();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Calls into nspell (look-ups and suggestions, compound splits included) while every segment check runs once. */
function dictionaryCalls(source: string, target: string): number {
  const spies = [germanSpeller(), englishSpeller()].flatMap((speller) => [vi.spyOn(speller, 'correct'), vi.spyOn(speller, 'suggest')]);
  checkSegment({ id: 1, paragraph: 0, source, target }, deEn);
  const calls = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  for (const spy of spies) spy.mockRestore();
  return calls;
}

// Each text is new at every length, so no cached verdict hides the work.
const LONG_TOKENS: [string, (n: number) => string][] = [
  ['letters', (n) => 'a'.repeat(n)],
  ['umlauts', (n) => 'ä'.repeat(n)],
  ['mixed German letters', (n) => Array.from({ length: n }, (_, i) => 'aäbcdeöfghüßklmnr'.charAt((i * 7 + n) % 17)).join('')],
  ['camel case', (n) => 'Aa'.repeat(n / 2)],
  ['a capitalised run', (n) => `Z${'ä'.repeat(n - 1)}`],
];

describe('checks on overlong tokens', () => {
  it.each(LONG_TOKENS)('look up a token of %s a bounded number of times, whatever its length', (_, make) => {
    // Compound splitting tried every cut of the token against the dictionary: thousands of calls, minutes at 200,000 letters.
    for (const n of [2_000, 8_000]) {
      expect(dictionaryCalls(make(n), make(n + 1))).toBeLessThanOrEqual(20);
    }
  });

  it('look up a chain of hyphenated parts once per distinct part, not once per part and letter', () => {
    const chain = (n: number, word: string) => `${word}-`.repeat(n / (word.length + 1));
    const small = dictionaryCalls(chain(4_000, 'Wortx'), chain(4_000, 'Wortx'));
    const large = dictionaryCalls(chain(8_000, 'Wortq'), chain(8_000, 'Wortq'));
    expect(large).toBeLessThanOrEqual(2 * small + 20);
    expect(large).toBeLessThanOrEqual(100);
  });

  it('keep at most a bounded number of findings per check and segment, however many faults a text has', () => {
    const segment = { id: 1, paragraph: 0, source: '„a '.repeat(3_000), target: '(b '.repeat(3_000) };
    for (const findings of [checkSegment(segment, deEn), checkDocument([segment], deEn).get(1) ?? []]) {
      const perCheck = new Map<string, number>();
      for (const f of findings) perCheck.set(f.check, (perCheck.get(f.check) ?? 0) + 1);
      expect(perCheck.get('punctuation')).toBe(MAX_FINDINGS_PER_CHECK);
      for (const count of perCheck.values()) expect(count).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK);
    }
  });
});
