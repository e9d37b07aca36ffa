import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BilingualFile, type BilingualUnit, contentToText, LEKTORAT_STATES } from './bilingual';
import { FormatError } from './errors';
import { XMLLINT_MISSING, xmllint } from './xml/xmllint';
import { readXliff12, stateFromXliff12, writeXliff12 } from './xliff12';

const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'sample-1.2.xlf'), 'utf8');
const withoutSkeleton = ({ skeleton: _, ...file }: BilingualFile): BilingualFile => file;

describe('readXliff12', () => {
  const file = readXliff12(FIXTURE);

  it('reads every trans-unit of every <file> and <group>', () => {
    expect(file).toMatchObject({ format: 'xliff12', sourceLang: 'de-DE', targetLang: 'en-GB', original: 'press-release.docx' });
    expect(file.units.map((u) => [u.id, u.state])).toEqual([
      ['1', 'machine'],
      ['2', 'edited'],
      ['3', 'untranslated'],
      ['4', 'approved'],
      ['1', 'edited'],
      ['2', 'untranslated'],
    ]);
  });

  it('keeps inline codes verbatim and text with entities, CDATA and preserved spaces', () => {
    const [u1, u2, u3, u4] = file.units;
    expect(contentToText(u1!.source, { tags: 'placeholder' })).toBe('Xiaomi ⟦1⟧bestätigt⟦/1⟧ die Partnerschaft');
    expect(u1!.source[1]).toMatchObject({ kind: 'open', xml: '<g id="1" ctype="bold">' });
    expect(u2!.preserveSpace).toBe(true);
    expect(contentToText(u2!.target!, { tags: 'strip' })).toBe('  Prices & costs:   rise by 8.5\u00A0%.  ');
    expect(u3!.source).toEqual(['Use <b> & "quotes" as is']);
    expect(u3!.target).toEqual([]);
    expect(contentToText(u4!.target!, { tags: 'placeholder' })).toBe('He said: ⟦5⟧Hello⟦/5⟧ and ⟦6/⟧.');
    expect(u4!.target![1]).toMatchObject({ xml: '<bpt id="5">&lt;i&gt;</bpt>' });
    expect(file.units[5]!.target).toBeNull();
  });

  it('reads notes and ITS quality issues with their spans', () => {
    const u = file.units[4]!;
    expect(u.notes).toEqual([{ from: 'reviewer', text: 'Check the date.' }, { text: 'Second note' }]);
    expect(u.issues).toEqual([{ type: 'mistranslation', comment: '"gilt" is "applies"', severity: 50, side: 'target', span: { start: 13, end: 21 } }]);
    expect(contentToText(u.target!, { tags: 'strip' }).slice(13, 21)).toBe('is valid');
    // A <mrk> that is not an issue is kept as a tag.
    expect(contentToText(u.target!, { tags: 'placeholder' })).toBe('The contract is valid from ⟦mrk⟧May⟦/mrk⟧.');
  });

  it('refuses other files with a clear error', () => {
    expect(() => readXliff12('<tmx version="1.4"/>')).toThrow(/not an XLIFF file/);
    expect(() => readXliff12('<xliff version="2.0"/>')).toThrow(FormatError);
  });
});

describe('writeXliff12', () => {
  it('writes an unchanged file back byte for byte', () => {
    expect(writeXliff12(readXliff12(FIXTURE))).toBe(FIXTURE);
  });

  it('round-trips units through a file written from scratch, which passes the strict schema', () => {
    const file = readXliff12(FIXTURE);
    const xml = writeXliff12(withoutSkeleton(file));
    expect(readXliff12(xml).units).toEqual(file.units);
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'xliff12-official.xsd')).toBe('');
  });

  it('splices edits, states, issues and notes into the original and keeps the rest', () => {
    const file = readXliff12(FIXTURE);
    const [u1, , u3, u4, , u6] = file.units;
    u1!.target = ['Xiaomi ', u1!.source[1]!, 'confirms', u1!.source[3]!, ' the deal'];
    u1!.state = 'approved';
    // An approved target is no longer the MT's suggestion: the qualifier (origin) goes with the old state.
    delete u1!.origin;
    // In the order readers give: source side first, then by position.
    u1!.issues = [
      { type: 'style', comment: '', severity: 10, enabled: false, side: 'source' },
      { type: 'terminology', comment: 'use "partnership"', severity: 40, side: 'target', span: { start: 16, end: 24 } },
    ];
    u1!.notes = [...u1!.notes, { from: 'Anna <reviewer>', text: 'Bitte "Deal" & nicht "deal"' }];
    u3!.target = ['Use <b> & "quotes" as is'];
    u3!.state = 'submitted';
    u4!.state = 'rejected';
    u6!.target = ['New'];
    u6!.state = 'edited';
    const xml = writeXliff12(file);
    const again = readXliff12(xml);
    expect(again.units).toEqual(file.units);
    expect(xml).toContain('<header>\n      <note>Header notes stay where they are.</note>');
    expect(xml).toContain('<trans-unit id="1" resname="title" approved="yes">');
    expect(xml).toContain('<mrk mtype="x-its" its:locQualityIssueType="terminology"');
    expect(xml).toContain('xmlns:lek="urn:x-lektorat:xliff"');
    if (!XMLLINT_MISSING) expect(xmllint(xml, 'xliff12-official.xsd')).toBe('');
  });

  it.skipIf(!!XMLLINT_MISSING)('the schema rejects a written file with a bad state value or a trans-unit without id', () => {
    const xml = writeXliff12(withoutSkeleton(readXliff12(FIXTURE)));
    expect(xmllint(xml, 'xliff12-official.xsd')).toBe('');
    // ' state=' (with the space) is the standard attribute, not lek:state.
    const badState = xml.replace(/(<target[^>]*) state="[^"]*"/, '$1 state="almost-done"');
    const noId = xml.replace(/<trans-unit id="[^"]*"/, '<trans-unit');
    expect(badState).not.toBe(xml);
    expect(noId).not.toBe(xml);
    expect(xmllint(badState, 'xliff12-official.xsd')).toMatch(/attribute 'state': 'almost-done' is not a valid value/);
    expect(xmllint(noId, 'xliff12-official.xsd')).toMatch(/trans-unit': The attribute 'id' is required but missing/);
    const both = xmllint(badState.replace(/<trans-unit id="[^"]*"/, '<trans-unit'), 'xliff12-official.xsd');
    expect(both).toMatch(/almost-done/);
    expect(both).toMatch(/'id' is required/);
    // Foreign attributes are checked against the ITS and Lektorat declarations the entry point imports.
    expect(xmllint(xml.replace(/lek:state="[^"]*"/, 'lek:state="done"'), 'xliff12-official.xsd')).toMatch(/lektorat:xliff\}state/);
  });

  it('widens an issue that would cut through a <g> pair so the file stays well-formed', () => {
    const file = withoutSkeleton(readXliff12(FIXTURE));
    const u = file.units[0]!;
    u.issues = [{ type: 'grammar', comment: '', severity: 20, side: 'target', span: { start: 3, end: 10 } }];
    const xml = writeXliff12({ ...file, units: [u] });
    expect(xml).toContain('Xia<mrk mtype="x-its" its:locQualityIssueType="grammar" its:locQualityIssueSeverity="20">omi <g id="1" ctype="bold">confirms</g></mrk>');
    expect(readXliff12(xml).units[0]!.issues[0]!.span).toEqual({ start: 3, end: 15 });
  });
});

describe('XLIFF 1.1 input', () => {
  it('is written back as 1.2 with the 1.2 namespace, valid against the 1.2 schema', () => {
    const v11 = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
      '<file original="app.po" source-language="de" target-language="en" datatype="po"><body>',
      '<trans-unit id="1"><source>Datei öffnen</source><target state="translated">Open file</target></trans-unit>',
      '</body></file></xliff>',
    ].join('\n');
    const file = readXliff12(v11);
    const unchanged = writeXliff12(file);
    expect(unchanged).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"');
    expect(unchanged).not.toContain('document:1.1');
    file.units[0]!.target = ['Open the file'];
    file.units[0]!.state = 'edited';
    const edited = writeXliff12(file);
    expect(edited).toContain('version="1.2"');
    expect(readXliff12(edited).units[0]!.target).toEqual(['Open the file']);
    if (!XMLLINT_MISSING) expect(xmllint(edited, 'xliff12-official.xsd')).toBe('');
  });
});

describe('state mapping', () => {
  it('keeps every Lektorat state exactly through lek:state', () => {
    const base = readXliff12(FIXTURE);
    for (const state of LEKTORAT_STATES) {
      const unit = { ...base.units[0]!, state, target: state === 'untranslated' ? [] : base.units[0]!.target };
      expect(readXliff12(writeXliff12({ ...withoutSkeleton(base), units: [unit] })).units[0]!.state).toBe(state);
    }
  });

  it('writes the state-qualifier of an unreviewed target from its origin: MT, a memory, or none for a person', () => {
    const base = withoutSkeleton(readXliff12(FIXTURE));
    const unit: BilingualUnit = { ...base.units[0]!, state: 'machine' };
    delete unit.origin;
    const target = (u: BilingualUnit) => /<target[^>]*>/.exec(writeXliff12({ ...base, units: [u] }))![0];
    expect(target(unit)).toContain('state="needs-review-translation"');
    expect(target(unit)).not.toContain('state-qualifier');
    expect(target({ ...unit, origin: 'mt' })).toContain('state-qualifier="leveraged-mt"');
    expect(target({ ...unit, origin: 'tm' })).toContain('state-qualifier="leveraged-tm"');
    // Read back: the qualifier a file carries is its units' origin.
    expect(readXliff12(writeXliff12({ ...base, units: [{ ...unit, origin: 'tm' }] })).units[0]!.origin).toBe('tm');
    expect(readXliff12(writeXliff12({ ...base, units: [unit] })).units[0]!.origin).toBeUndefined();
  });

  it('maps the standard states of CAT tools', () => {
    const s = (state?: string, qualifier?: string, extra: { lektorat?: string; approved?: string } = {}) => stateFromXliff12({ state, qualifier, hasText: true, ...extra });
    // A target text is a translation to review whatever the state says; without one the unit is untranslated.
    expect(s('new')).toBe('machine');
    expect(stateFromXliff12({ state: 'new', hasText: false })).toBe('untranslated');
    expect(stateFromXliff12({ state: 'needs-translation', hasText: false })).toBe('untranslated');
    expect(s('needs-review-translation')).toBe('machine');
    expect(s('needs-review-translation', 'rejected-inaccurate')).toBe('rejected');
    expect(s('translated', 'leveraged-mt')).toBe('machine');
    expect(s('translated')).toBe('edited');
    expect(s('signed-off')).toBe('approved');
    expect(s('final')).toBe('approved');
    expect(s('x-lektorat-submitted')).toBe('submitted');
    expect(s(undefined, undefined, { approved: 'yes' })).toBe('approved');
    expect(s('translated', undefined, { lektorat: 'submitted' })).toBe('submitted');
    // A CAT tool that signed the unit off after Lektorat wins over the stale extension attribute.
    expect(s('signed-off', undefined, { lektorat: 'submitted' })).toBe('approved');
    expect(stateFromXliff12({ state: 'translated', hasText: false })).toBe('untranslated');
  });
});
