import { describe, expect, it } from 'vitest';
import { hasWordForm, words } from './words';

describe('hasWordForm', () => {
  const text = "Xiaomi's Kamera-Modul kommt mit Leica-Objektiv und E-Mail-Support.";

  it('finds a word in lower case, as written and without its genitive ending', () => {
    expect(hasWordForm(text, "xiaomi's")).toBe(true);
    expect(hasWordForm(text, 'xiaomi')).toBe(true);
    expect(hasWordForm(text, 'kommt')).toBe(true);
  });

  it('finds each hyphen part and the whole hyphenated word', () => {
    expect(hasWordForm(text, 'leica')).toBe(true);
    expect(hasWordForm(text, 'objektiv')).toBe(true);
    expect(hasWordForm(text, 'kamera-modul')).toBe(true);
    expect(hasWordForm(text, 'support')).toBe(true);
    expect(hasWordForm(text, 'e-mail-support')).toBe(true);
  });

  it('does not find what the text lacks, a capitalised form, or part of a word', () => {
    expect(hasWordForm(text, 'huawei')).toBe(false);
    expect(hasWordForm(text, 'Leica')).toBe(false);
    expect(hasWordForm(text, 'kam')).toBe(false);
    expect(hasWordForm('', 'leica')).toBe(false);
  });

  it('skips words inside a web or e-mail address, like words()', () => {
    const withAddress = 'Mehr unter www.leica-camera.com oder bei Leitz.';
    expect(words(withAddress).map((w) => w.text)).toEqual(['Mehr', 'unter', 'oder', 'bei', 'Leitz']);
    expect(hasWordForm(withAddress, 'leica')).toBe(false);
    expect(hasWordForm(withAddress, 'leitz')).toBe(true);
  });
});

describe('words', () => {
  it('gives every occurrence of a word the same string and facts', () => {
    const [a, , b] = words('Leica und Leica');
    expect(a?.text).toBe('Leica');
    expect(a?.facts).toBe(b?.facts);
    expect(a?.text).toBe(a?.facts.text);
    expect([a?.start, b?.start]).toEqual([0, 10]);
  });
});
