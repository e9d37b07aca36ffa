import { describe, expect, it } from 'vitest';
import { capitaliseLike, codeSpans, formatNumber, isSentenceStart, quotedSpans, readNumber, swapSeparators, valueKey, wordTokens } from '.';

describe('wordTokens', () => {
  it('gives words with UTF-16 offsets, keeping inner apostrophes and hyphens', () => {
    const text = '„Über“ 🍎 don’t E-Mail 42x';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(['Über', 'don’t', 'E-Mail', 'x']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.lower).toBe('über');
  });
});

describe('readNumber', () => {
  it('reads plain, German and English numbers', () => {
    expect(readNumber('2016')).toEqual([{ value: 2016, form: 'neutral', decimals: 0, grouped: false }]);
    expect(readNumber('1.000,5')).toEqual([{ value: 1000.5, form: 'de', decimals: 1, grouped: true }]);
    expect(readNumber('1,000.5')).toEqual([{ value: 1000.5, form: 'en', decimals: 1, grouped: true }]);
    expect(readNumber('8,5')).toEqual([{ value: 8.5, form: 'de', decimals: 1, grouped: false }]);
    expect(readNumber('3.14')).toEqual([{ value: 3.14, form: 'en', decimals: 2, grouped: false }]);
    expect(readNumber('1.000.000')[0]).toMatchObject({ value: 1e6, form: 'de' });
    expect(readNumber('10 000')[0]).toMatchObject({ value: 10000, form: 'neutral', grouped: true });
    expect(readNumber('10\u202f000,25')[0]).toMatchObject({ value: 10000.25, form: 'de' });
  });

  it('keeps both readings of "1.000" and "1,000"', () => {
    expect(readNumber('1.000').map((r) => [r.value, r.form])).toEqual([[1000, 'de'], [1, 'en']]);
    expect(readNumber('1,000').map((r) => [r.value, r.form])).toEqual([[1000, 'en'], [1, 'de']]);
    expect(readNumber('0,500').map((r) => r.value)).toEqual([0.5]);
  });

  it('rejects strings that are no number in either language', () => {
    expect(readNumber('1.2.3')).toEqual([]);
    expect(readNumber('12,34,5')).toEqual([]);
    expect(readNumber('1.000,000.5')).toEqual([]);
  });
});

describe('number formatting', () => {
  it('writes values the target way', () => {
    expect(formatNumber(1234.5, 'de', { decimals: 1, group: true })).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', { decimals: 1, group: true })).toBe('1,234.5');
    expect(formatNumber(1500, 'de')).toBe('1500');
    expect(formatNumber(25000, 'en')).toBe('25,000');
    expect(formatNumber(-3, 'en')).toBe('-3');
    expect(swapSeparators('1.000,5')).toBe('1,000.5');
  });

  it('compares values, not float noise', () => {
    expect(valueKey(1.2 * 1e12)).toBe(valueKey(1.2e12));
    expect(valueKey(0.1 + 0.2)).toBe(valueKey(0.3));
  });
});

describe('sentence helpers', () => {
  it('knows sentence starts and keeps their capital', () => {
    expect(isSentenceStart('Hallo. „Welt', 8)).toBe(true);
    expect(isSentenceStart('Hallo Welt', 6)).toBe(false);
    expect(capitaliseLike('contract', 'Treaty', true)).toBe('Contract');
    expect(capitaliseLike('contract', 'Treaty', false)).toBe('contract');
    expect(capitaliseLike('Richtlinie', 'politik', false)).toBe('Richtlinie');
  });

  it('tells sentence starts as the character classes say, after any mix of spaces, quotes and brackets', () => {
    // The rule as a regular expression over single characters: the specification of the faster loop.
    const reference = (text: string, index: number) => {
      let i = index - 1;
      while (i >= 0 && /[\s"'„“”‚‘’»«([{–—-]/u.test(text.charAt(i))) i--;
      return i < 0 || /[.!?:…]/u.test(text.charAt(i));
    };
    const pieces = ['Ende.', 'Wort', ' ', '\u00a0', '\u2009', '\n', '„', '(', '[', '–', '-', '?', ':', '…', ',', '😀', '\udc00', 'x'];
    let seed = 7;
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: 6 }, () => pieces[(seed = (seed * 48_271) % 2_147_483_647) % pieces.length]).join('') + 'Wort';
      expect(isSentenceStart(text, text.length - 4), JSON.stringify(text)).toBe(reference(text, text.length - 4));
    }
  });
});

describe('codeSpans and quotedSpans', () => {
  const marked = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

  it('finds file names, paths, options, identifiers and man-page references, not abbreviations', () => {
    const text = 'Siehe sources.list(5), /etc/apt und --force-yes; CAP_SYS_TIME, Also=foo.socket und tar(1), z.B. oder d.h. nicht.';
    expect(marked(text, codeSpans(text))).toEqual(['sources.list(5)', '/etc/apt', '--force-yes', 'CAP_SYS_TIME', 'Also=foo.socket', 'tar(1)']);
    expect(codeSpans('Die Partition wird angelegt, falls sie fehlt.')).toEqual([]);
  });

  it('finds short quoted literals, not quoted sentences', () => {
    const text = 'Die Vorgabe ist »false«, siehe "key-file" und „Das ist ein ganzer Satz mit vielen Wörtern.“';
    expect(marked(text, quotedSpans(text))).toEqual(['false', 'key-file']);
  });
});
