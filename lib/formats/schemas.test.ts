import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BilingualFile, fileOrigin, withNativeTags } from './bilingual';
import { SCHEMAS, XMLLINT_MISSING, xmllint } from './xml/xmllint';
import { readXliff12, writeXliff12 } from './xliff12';
import { readXliff20, writeXliff20 } from './xliff20';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/** A file as the export hands it to another XLIFF version's writer: no skeleton, native tags, of `extra` only the <file>. */
function converted(file: BilingualFile, format: 'xliff12' | 'xliff20'): BilingualFile {
  const { skeleton: _, ...rest } = file;
  return {
    ...rest,
    format,
    units: file.units.map((unit) => {
      const { extra: _extra, ...u } = unit;
      const origin = fileOrigin(unit);
      const native = { ...u, source: withNativeTags(u.source, format), target: u.target && withNativeTags(u.target, format) };
      return origin ? { ...native, extra: origin } : native;
    }),
  };
}

describe('official schemas', () => {
  it('are the unmodified OASIS and W3C files listed in SHA256SUMS', () => {
    const sums = readFileSync(join(SCHEMAS, 'oasis', 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split(/\s+/)[1])).toEqual(['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd']);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/) as [string, string];
      expect(createHash('sha256').update(readFileSync(join(SCHEMAS, 'oasis', file))).digest('hex'), file).toBe(sum);
    }
  });

  it.skipIf(!!XMLLINT_MISSING)('accept the hand-written test files the round-trip tests start from', () => {
    expect(xmllint(fixture('sample-1.2.xlf'), 'xliff12-official.xsd')).toBe('');
    expect(xmllint(fixture('sample-2.0.xlf'), 'xliff20-official.xsd')).toBe('');
  });

  it.skipIf(!!XMLLINT_MISSING)('accept a two-file XLIFF 2.0 document written as 1.2 and back, with the files kept apart', () => {
    const from20 = readXliff20(fixture('sample-2.0.xlf'));
    const as12 = writeXliff12(converted(from20, 'xliff12'));
    expect(xmllint(as12, 'xliff12-official.xsd')).toBe('');
    expect(as12.match(/<file /g)).toHaveLength(2);
    expect(as12).toContain('original="notes.txt"');
    const again20 = writeXliff20(converted(readXliff12(as12), 'xliff20'));
    expect(xmllint(again20, 'xliff20-official.xsd')).toBe('');
    expect(readXliff20(again20).units.map((u) => u.id)).toEqual(from20.units.map((u) => u.id));
  });

  it.skipIf(!!XMLLINT_MISSING)('reject what the specification forbids, such as two units with one id in one <file>', () => {
    const written = writeXliff12(converted(readXliff12(fixture('sample-1.2.xlf')), 'xliff12'));
    const firstId = /<trans-unit id="([^"]+)"/.exec(written)![1]!;
    const duplicated = written.replace(/<trans-unit id="[^"]+"/g, (m, offset: number) => (offset === written.indexOf('<trans-unit') ? m : `<trans-unit id="${firstId}"`));
    expect(xmllint(duplicated, 'xliff12-official.xsd')).toMatch(/Duplicate key-sequence/);
  });
});
