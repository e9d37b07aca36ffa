import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentToText } from './bilingual';
import { readTmx, writeTmx } from './tmx';
import { XMLLINT_MISSING, xmllint } from './xml/xmllint';
import { readXliff12 } from './xliff12';

const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'sample.tmx'), 'utf8');
const DATE = new Date(Date.UTC(2025, 4, 6, 7, 8, 9));

describe('readTmx', () => {
  it('reads the language pair, codes as tags, notes and whitespace', () => {
    const tm = readTmx(FIXTURE);
    expect(tm).toMatchObject({ format: 'tmx', sourceLang: 'de-DE', targetLang: 'en-GB' });
    expect(tm.units.map((u) => contentToText(u.target!, { tags: 'placeholder' }))).toEqual([
      'Xiaomi ⟦1⟧confirms⟦/1⟧ the partnership',
      '  Prices & ⟦hi⟧costs⟦/hi⟧:  ⟦2/⟧ %.',
      '<b> & "x" ⟦it/⟧italic',
    ]);
    expect(tm.units[0]!.notes).toEqual([{ text: 'From the press release' }]);
    expect(tm.units.every((u) => u.state === 'approved')).toBe(true);
  });
});

describe('writeTmx', () => {
  it('round-trips approved pairs and passes the TMX 1.4 DTD', () => {
    const tm = readTmx(FIXTURE);
    const xml = writeTmx({ sourceLang: 'de-DE', targetLang: 'en-GB', units: tm.units, creationDate: DATE });
    expect(xml).toContain('creationtool="Lektorat"');
    expect(xml).toContain('creationdate="20250506T070809Z"');
    expect(xml).toMatch(/segtype="sentence".*o-tmf=.*adminlang="en".*srclang="de-DE".*datatype="plaintext"/);
    expect(readTmx(xml).units).toEqual(tm.units);
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'tmx-1.4b-lektorat.dtd')).toBe('');
  });

  it.skipIf(!!XMLLINT_MISSING)('the DTD rejects a TMX without <header> or with a bad segtype', () => {
    const xml = writeTmx({ sourceLang: 'de-DE', targetLang: 'en-GB', units: readTmx(FIXTURE).units, creationDate: DATE });
    expect(xmllint(xml, 'tmx-1.4b-lektorat.dtd')).toBe('');
    const headless = xml.replace(/\n\s*<header[^>]*\/>/, '');
    expect(headless).not.toContain('<header');
    expect(xmllint(headless, 'tmx-1.4b-lektorat.dtd')).toMatch(/Element tmx content does not follow the DTD, expecting \(header , body\)/);
    expect(xmllint(xml.replace('segtype="sentence"', 'segtype="word"'), 'tmx-1.4b-lektorat.dtd')).toMatch(/segtype/);
  });

  it('writes only approved units, turning XLIFF codes into TMX codes', () => {
    const xliff = readXliff12(readFileSync(join(__dirname, 'fixtures', 'sample-1.2.xlf'), 'utf8'));
    const xml = writeTmx({ sourceLang: 'de-DE', targetLang: 'en-GB', units: xliff.units.map((u) => ({ ...u, state: u.target?.length ? 'approved' : u.state })), creationDate: DATE });
    expect(readTmx(xml).units.map((u) => u.id)).toEqual(['1', '2', '4', '1']);
    expect(xml).toContain('<bpt i="1">&lt;g id="1" ctype="bold"&gt;</bpt>');
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'tmx-1.4b-lektorat.dtd')).toBe('');
    const none = writeTmx({ sourceLang: 'de', targetLang: 'en', units: xliff.units.map((u) => ({ ...u, state: 'edited' as const })), creationDate: DATE });
    expect(readTmx(none).units).toEqual([]);
  });
});
