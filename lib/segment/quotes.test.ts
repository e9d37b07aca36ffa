import { describe, expect, it } from 'vitest';
import { continuedQuoteMask, type QuoteWork } from './quotes';

/** The characters of `text` that the mask marks as inside a continued quotation. */
function marked(text: string): string {
  const mask = continuedQuoteMask(text);
  return [...text].filter((_, i) => mask[i] === 1).join('');
}

describe('continuedQuoteMask', () => {
  it('marks a quotation followed by a lowercase word, comma or dash', () => {
    expect(marked('„Eins. Zwei.“ sagte er')).toBe('Eins. Zwei.“');
    expect(marked('»Eins!«, rief er')).toBe('Eins!«');
    expect(marked('"One." — he said')).toBe('One."');
  });

  it('does not mark a quotation that ends the sentence', () => {
    expect(marked('„Eins. Zwei.“ Dann')).toBe('');
    expect(marked('“One.” Then')).toBe('');
  });

  it('pairs Swiss guillemets, single quotes and nested quotes', () => {
    expect(marked('«Eins.» sagte er')).toBe('Eins.»');
    expect(marked('‚Eins.‘ sagte er')).toBe('Eins.‘');
    expect(marked('„Er rief: »Halt!« Dann lief er.“ sagte sie')).toBe('Er rief: »Halt!« Dann lief er.“');
  });

  it('ignores apostrophes, stray closers and quotations that never close', () => {
    expect(marked('Don’t. It’s ‘fine.’ he said')).toBe('fine.’');
    expect(marked('Gut.“ und dann')).toBe('');
    expect(marked('„Offen. Und weiter')).toBe('');
  });

  it('marks nested continued quotations once, inner and outer', () => {
    expect(marked('„a »b« c“, sagte er')).toBe('a »b« c“');
  });

  it('does work linear in the text for runs of unclosed quotes', () => {
    // Each closer used to scan every opener below it: „„„… and “““… were quadratic (minutes for 200,000 characters).
    const hostile = [(n: number) => '„'.repeat(n), (n: number) => '“'.repeat(n), (n: number) => '„a '.repeat(n / 3), (n: number) => '»'.repeat(n / 2) + '“'.repeat(n / 2), (n: number) => '„'.repeat(n / 4) + '“a'.repeat(n / 4) + '"'.repeat(n / 4)];
    for (const make of hostile) {
      for (const n of [30_000, 60_000]) {
        const work: QuoteWork = { steps: 0 };
        const text = make(n);
        continuedQuoteMask(text, work);
        expect(work.steps).toBeLessThanOrEqual(2 * text.length);
      }
    }
  });
});
