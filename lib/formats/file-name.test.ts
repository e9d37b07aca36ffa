import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('transliterates umlauts and ß, lower-cases and joins words with hyphens', () => {
    expect(exportFileName('Xiaomi bestätigt die Partnerschaft', 'en-US', 'md')).toBe(
      'xiaomi-bestaetigt-die-partnerschaft.en-US.md',
    );
    expect(exportFileName('Größe & Maß: Übersicht', 'de', 'txt')).toBe('groesse-mass-uebersicht.de.txt');
    expect(exportFileName('ÄÖÜ ẞ', 'de', 'txt')).toBe('aeoeue-ss.de.txt');
  });

  it('drops accents and anything that is not a letter or digit', () => {
    expect(exportFileName('Café „Zukunft“ — 8,5 % / 2024?', 'en-GB', '.md')).toBe('cafe-zukunft-8-5-2024.en-GB.md');
    expect(exportFileName('u\u0308ber', 'de', 'txt')).toBe('ueber.de.txt');
    expect(exportFileName('../../etc/passwd', 'de', 'txt')).toBe('etc-passwd.de.txt');
  });

  it('stays within 80 characters, cutting at a word boundary', () => {
    const name = exportFileName('Die Bundesregierung beschließt weitreichende Änderungen '.repeat(4), 'en-US', 'md');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^die-bundesregierung-beschliesst-[a-z-]*[a-z]\.en-US\.md$/);
    expect(exportFileName('x'.repeat(200), 'de', 'md')).toBe(`${'x'.repeat(74)}.de.md`);
  });

  it('falls back to "document" for titles without letters and avoids Windows device names', () => {
    expect(exportFileName('„“ — …', 'de', 'md')).toBe('document.de.md');
    expect(exportFileName('', 'en-US', 'txt')).toBe('document.en-US.txt');
    expect(exportFileName('CON', 'de', 'txt')).toBe('con-document.de.txt');
  });

  it('produces only safe ASCII characters', () => {
    const name = exportFileName('Ünïcödé 🚀 <script> "quotes" \\ back', 'en-US', 'md');
    expect(name).toMatch(/^[a-z0-9-]+\.en-US\.md$/);
  });
});
