import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BilingualFile, contentToText, LEKTORAT_STATES } from './bilingual';
import { XMLLINT_MISSING, xmllint } from './xml/xmllint';
import { readXliff20, stateFromXliff20, writeXliff20 } from './xliff20';

const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'sample-2.0.xlf'), 'utf8');
const withoutSkeleton = ({ skeleton: _, ...file }: BilingualFile): BilingualFile => file;

describe('readXliff20', () => {
  const file = readXliff20(FIXTURE);

  it('reads one unit per segment across files and groups', () => {
    expect(file).toMatchObject({ format: 'xliff20', sourceLang: 'de', targetLang: 'en', original: 'press-release.docx' });
    expect(file.units.map((u) => [u.id, u.state])).toEqual([
      ['u1', 'machine'],
      ['u2', 'edited'],
      ['u3#s1', 'approved'],
      ['u3#s2', 'untranslated'],
      ['u1', 'approved'],
      ['u4', 'untranslated'],
    ]);
  });

  it('keeps codes, entities, CDATA, whitespace, notes and ITS issues', () => {
    const [u1, u2, s1] = file.units;
    expect(contentToText(u1!.target!, { tags: 'placeholder' })).toBe('Xiaomi ⟦1⟧confirms ⟦2/⟧⟦/1⟧ the partnership');
    expect(u1!.notes).toEqual([{ from: 'DeepL', text: 'Machine translation' }]);
    expect(contentToText(u2!.source, { tags: 'placeholder' })).toBe('  Preise & Kosten:  ⟦3⟧steigen⟦/3⟧ um 8,5\u00A0%.  ');
    expect(u2!.preserveSpace).toBe(true);
    expect(s1!.source).toEqual(['Use <b> & "quotes" as is.']);
    expect(file.units[3]!.target).toEqual([]);
    expect(file.units[4]!.issues).toEqual([{ type: 'mistranslation', comment: '"gilt" is "applies"', severity: 50, side: 'target', span: { start: 13, end: 21 } }]);
    expect(file.units[5]!.target).toBeNull();
  });
});

describe('writeXliff20', () => {
  it('writes an unchanged file back byte for byte', () => {
    expect(writeXliff20(readXliff20(FIXTURE))).toBe(FIXTURE);
  });

  it('round-trips units through a file written from scratch, which passes the schema', () => {
    const file = readXliff20(FIXTURE);
    // A file built from scratch has one <unit> per segment and ids unique in one <file>.
    const units = file.units.map((u, i) => ({ ...u, id: `n${i}` }));
    const xml = writeXliff20({ ...withoutSkeleton(file), units });
    expect(readXliff20(xml).units.map(({ extra: _, ...u }) => u)).toEqual(units.map(({ extra: _, ...u }) => u));
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'xliff20-official.xsd')).toBe('');
  });

  it('writes units of a multi-segment <unit> from scratch as one <unit> with segment ids, valid and round-tripping', () => {
    const file = withoutSkeleton(readXliff20(FIXTURE));
    expect(file.units.some((u) => u.id.includes('#'))).toBe(true);
    const xml = writeXliff20(file);
    expect(xml).not.toMatch(/<unit id="[^"]*#/);
    expect(readXliff20(xml).units.map((u) => u.id)).toEqual(file.units.map((u) => u.id));
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'xliff20-official.xsd')).toBe('');
  });

  it('splices edits, states, issues and notes into the original', () => {
    const file = readXliff20(FIXTURE);
    const [u1, , s1, s2, , u4] = file.units;
    u1!.state = 'submitted';
    u1!.notes = [{ from: 'reviewer', text: 'Gut & schön' }];
    u1!.issues = [{ type: 'style', comment: 'wordy', severity: 5, side: 'target', span: { start: 17, end: 32 } }];
    s1!.state = 'rejected';
    s2!.target = ['Second sentence.'];
    s2!.state = 'edited';
    u4!.target = ['New'];
    u4!.state = 'machine';
    u4!.notes = [{ text: 'added' }];
    const xml = writeXliff20(file);
    expect(readXliff20(xml).units).toEqual(file.units);
    expect(xml).toContain('<segment state="translated" subState="lektorat:submitted">');
    expect(xml).toContain('<ignorable>\n        <source> </source>');
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'xliff20-official.xsd')).toBe('');
  });

  it.skipIf(!!XMLLINT_MISSING)('the schema rejects a written file with a bad state value or a unit without id', () => {
    const file = withoutSkeleton(readXliff20(FIXTURE));
    const xml = writeXliff20({ ...file, units: file.units.map((u, i) => ({ ...u, id: `n${i}` })) });
    expect(xmllint(xml, 'xliff20-official.xsd')).toBe('');
    const badState = xml.replace(/<segment([^>]*) state="[^"]*"/, '<segment$1 state="done"');
    const noId = xml.replace(/<unit id="[^"]*"/, '<unit');
    expect(badState).not.toBe(xml);
    expect(noId).not.toBe(xml);
    expect(xmllint(badState, 'xliff20-official.xsd')).toMatch(/attribute 'state'.*'done'/);
    expect(xmllint(noId, 'xliff20-official.xsd')).toMatch(/unit': The attribute 'id' is required but missing/);
  });
});

describe('state mapping', () => {
  it('keeps every Lektorat state exactly through subState', () => {
    const base = withoutSkeleton(readXliff20(FIXTURE));
    for (const state of LEKTORAT_STATES) {
      const unit = { ...base.units[0]!, state, target: state === 'untranslated' ? [] : base.units[0]!.target };
      expect(readXliff20(writeXliff20({ ...base, units: [unit] })).units[0]!.state).toBe(state);
    }
  });

  it('maps the standard states', () => {
    expect(stateFromXliff20({ state: 'initial', hasText: true })).toBe('machine');
    expect(stateFromXliff20({ state: 'translated', hasText: true })).toBe('edited');
    expect(stateFromXliff20({ state: 'reviewed', hasText: true })).toBe('approved');
    expect(stateFromXliff20({ state: 'final', subState: 'lektorat:machine', hasText: true })).toBe('approved');
    expect(stateFromXliff20({ state: 'final', hasText: false })).toBe('untranslated');
  });
});
