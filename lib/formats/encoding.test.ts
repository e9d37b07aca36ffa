import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingOf, invalidUtf8Place } from './encoding';
import { FormatError } from './errors';
import { readTbx, writeTbx } from './glossary-io';
import { utf16, windows1252 } from './testing';
import { readTmx } from './tmx';
import { readXliff12, writeXliff12 } from './xliff12';
import { readXliff20, writeXliff20 } from './xliff20';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');


function refusal(read: () => unknown): FormatError {
  try {
    read();
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('expected a FormatError');
}

const TBX = writeTbx([{ sourceTerm: 'Größe', targetTerm: 'size', forbidden: ['bigness'], note: 'Maße – „nicht“ Gewicht' }], { sourceLang: 'de', targetLang: 'en' });

/** Every XML reader, with a file of its format (declared as UTF-8) and what it reads from it. */
const READERS: { name: string; xml: string; read: (input: string | Uint8Array) => unknown }[] = [
  { name: 'XLIFF 1.2', xml: fixture('sample-1.2.xlf'), read: (input) => readXliff12(input).units },
  { name: 'XLIFF 2.0', xml: fixture('sample-2.0.xlf'), read: (input) => readXliff20(input).units },
  { name: 'TMX', xml: fixture('sample.tmx'), read: (input) => readTmx(input).units },
  { name: 'TBX', xml: TBX, read: (input) => readTbx(input) },
];
const declaring = (xml: string, label: string) => xml.replace('<?xml version="1.0" encoding="UTF-8"?>', `<?xml version="1.0" encoding="${label}"?>`);

describe('XML readers', () => {
  it.each(READERS)('$name: reads a file in its declared ISO-8859-1 or Windows-1252 as the same file in UTF-8', ({ xml, read }) => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toMatch(/[äöüß]/);
    const expected = read(utf8(xml));
    expect(read(windows1252(declaring(xml, 'ISO-8859-1')))).toEqual(expected);
    expect(read(windows1252(declaring(xml, 'windows-1252')))).toEqual(expected);
  });

  it.each(READERS)('$name: reads UTF-16 with a byte order mark', ({ xml, read }) => {
    expect(read(utf16(declaring(xml, 'UTF-16'), 'be'))).toEqual(read(utf8(xml)));
  });

  it.each(READERS)('$name: refuses an encoding it does not know, naming it (400)', ({ xml, read }) => {
    const err = refusal(() => read(windows1252(declaring(xml, 'x-klingon'))));
    expect(err.code).toBe('xml-encoding');
    expect(err.message).toContain('x-klingon');
    expect(err.message).toContain('UTF-8');
    expect(err.toDomainError().code).toBe('invalid');
  });

  it.each(READERS)('$name: names the line and column of the first byte that is not UTF-8', ({ xml, read }) => {
    const lines = xml.split('\n');
    const line = lines.findIndex((l) => /[äöüß]/.test(l));
    const column = [...lines[line]!].findIndex((ch) => /[äöüß]/.test(ch)) + 1;
    // Declared UTF-8, but saved in Latin-1.
    const err = refusal(() => read(windows1252(xml)));
    expect(err.code).toBe('xml-encoding');
    expect(err.message).toContain(`line ${line + 1}, column ${column}`);
  });

  it('writes an XLIFF read from ISO-8859-1 back as UTF-8 that says so, changing nothing else', () => {
    for (const [xml, read, write] of [
      [fixture('sample-1.2.xlf'), readXliff12, writeXliff12],
      [fixture('sample-2.0.xlf'), readXliff20, writeXliff20],
    ] as const) {
      const written = write(read(windows1252(declaring(xml, 'ISO-8859-1'))));
      expect(written.split('\n')[0]).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\s*\?>$/);
      expect(written.split('\n').slice(1)).toEqual(xml.split('\n').slice(1));
    }
  });
});

describe('decodeBytes', () => {
  it('reads Windows-1252 (and ISO-8859-1, which browsers read as Windows-1252) with its typography', () => {
    const bytes = windows1252('Die Größe ist „gut“ – für 5 €.');
    expect(decodeBytes(bytes, 'windows-1252')).toBe('Die Größe ist „gut“ – für 5 €.');
    expect(encodingOf('ISO-8859-1')).toBe('windows-1252');
    expect(encodingOf('latin1')).toBe('windows-1252');
    expect(encodingOf(' UTF-8 ')).toBe('utf-8');
    expect(encodingOf('x-klingon')).toBeNull();
  });

  it('gives null for bytes that are not valid in the encoding', () => {
    expect(decodeBytes(windows1252('Größe'), 'utf-8')).toBeNull();
    expect(decodeBytes(utf8('Größe'), 'utf-8')).toBe('Größe');
  });
});

describe('invalidUtf8Place', () => {
  it('names the line, the column in characters and the byte', () => {
    const bytes = new Uint8Array([...utf8('Erste Zeile\r\nZweite – Zeile\nDie Gr'), 0xf6, ...utf8('ße')]);
    expect(invalidUtf8Place(bytes)).toBe('the byte 0xF6 on line 3, column 7 ("ö" in Windows-1252)');
  });

  it('finds truncated, overlong and surrogate sequences', () => {
    expect(invalidUtf8Place(new Uint8Array([0x61, 0xe2, 0x82]))).toMatch(/^the byte 0xE2 on line 1, column 2/);
    expect(invalidUtf8Place(new Uint8Array([0xc0, 0xaf]))).toMatch(/^the byte 0xC0 on line 1, column 1/);
    expect(invalidUtf8Place(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toMatch(/^the byte 0xED on line 1, column 2/);
    expect(invalidUtf8Place(new Uint8Array([0x81]))).toBe('the byte 0x81 on line 1, column 1');
  });
});
