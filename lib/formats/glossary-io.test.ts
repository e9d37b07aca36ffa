import { describe, expect, it } from 'vitest';
import { FormatError } from './errors';
import { readGlossaryCsv, readTbx, writeGlossaryCsv, writeTbx, type GlossaryRow } from './glossary-io';
import { utf16, windows1252 } from './testing';

const ROWS: GlossaryRow[] = [
  { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: ['bill', 'check'], note: 'Finance, not restaurants.' },
  { sourceTerm: 'Größe', targetTerm: 'size', forbidden: [] },
  { sourceTerm: 'Angebot, verbindlich', targetTerm: 'binding "offer"', forbidden: ['quote'], note: 'Zeile 1\nZeile 2' },
  { sourceTerm: ' Leerzeichen ', targetTerm: 'A & B <c>', forbidden: [] },
];

function formatError(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error('expected a FormatError');
}

describe('readGlossaryCsv', () => {
  it('reads columns in any order, case-insensitive, with forbidden variants separated by |', () => {
    const csv = 'Note,TARGET,Source,forbidden\r\nFinance,invoice,Rechnung,bill | check\r\n,size,Größe,\r\n';
    expect(readGlossaryCsv(csv)).toEqual([
      { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: ['bill', 'check'], note: 'Finance' },
      { sourceTerm: 'Größe', targetTerm: 'size', forbidden: [] },
    ]);
  });

  it('reads German headers, semicolons, a byte order mark and quoted fields', () => {
    const csv = '\uFEFFQuelle;Ziel;Verboten;Notiz\n"Angebot; verbindlich";"binding ""offer""";quote;"Zeile 1\nZeile 2"\n\nRechnung;invoice\n';
    expect(readGlossaryCsv(csv)).toEqual([
      { sourceTerm: 'Angebot; verbindlich', targetTerm: 'binding "offer"', forbidden: ['quote'], note: 'Zeile 1\nZeile 2' },
      { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: [] },
    ]);
  });

  it('names the line of a bad row, counting line breaks inside quotes', () => {
    expect(formatError(() => readGlossaryCsv('source,target\n"a\nb",x\n,y\n')).message).toBe('Line 4: the source term is empty.');
    expect(formatError(() => readGlossaryCsv('source,target\nRechnung,\n')).message).toBe(
      'Line 2: the target term for "Rechnung" is empty.',
    );
    const extra = formatError(() => readGlossaryCsv('source,target\na,b\nc,d,e\n'));
    expect(extra.code).toBe('invalid-glossary');
    expect(extra.message).toBe('Line 3 has 3 fields but the header has 2. Put terms that contain "," in double quotes.');
    expect(formatError(() => readGlossaryCsv('source,target\na,"b\n')).message).toBe('Line 2: a quoted field is never closed. Add the closing ".');
    expect(formatError(() => readGlossaryCsv('source,target\na,"b"c\n')).message).toMatch(/^Line 2: a quoted field is followed by text/);
  });

  it('reads the bytes of a UTF-8 or UTF-16 file and names the line of the first byte that is not UTF-8', () => {
    const rows = [{ sourceTerm: 'Größe', targetTerm: 'size', forbidden: [] }];
    expect(readGlossaryCsv(new TextEncoder().encode('\uFEFFsource,target\r\nGröße,size\r\n'))).toEqual(rows);
    expect(readGlossaryCsv(utf16('source;target\nGröße;size\n'))).toEqual(rows);
    // Excel's plain "CSV" is Windows-1252.
    const err = formatError(() => readGlossaryCsv(windows1252('source;target\r\nRechnung;invoice\r\nGröße;size\r\n')));
    expect(err.code).toBe('invalid-glossary');
    expect(err.message).toBe(
      'The file is not UTF-8 text: the byte 0xF6 on line 3, column 3 ("ö" in Windows-1252) is not UTF-8. Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
    );
  });

  it('requires a header with source and target', () => {
    expect(formatError(() => readGlossaryCsv('Rechnung,invoice\n')).message).toMatch(/^Line 1 does not name a source and a target column/);
    expect(formatError(() => readGlossaryCsv('')).message).toMatch(/^The glossary file is empty/);
    expect(formatError(() => readGlossaryCsv('')).toDomainError().code).toBe('invalid');
  });
});

describe('writeGlossaryCsv', () => {
  it('round-trips through readGlossaryCsv, including quotes, delimiters and line breaks', () => {
    const csv = writeGlossaryCsv(ROWS);
    expect(csv.startsWith('\uFEFFsource,target,forbidden,note\r\n')).toBe(true);
    expect(readGlossaryCsv(csv)).toEqual(ROWS.map((r) => ({ ...r, sourceTerm: r.sourceTerm.trim() })));
  });

  it('writes terms a spreadsheet would run as a formula as text, and reads them back unchanged', () => {
    const rows: GlossaryRow[] = [
      { sourceTerm: '=HYPERLINK("http://x")', targetTerm: '@SUM(1)', forbidden: ['-1+2', '+fach'], note: "'=quoted already" },
      { sourceTerm: '-los', targetTerm: '-less', forbidden: [] },
    ];
    const csv = writeGlossaryCsv(rows);
    expect(csv).toBe(`\uFEFFsource,target,forbidden,note\r\n"'=HYPERLINK(""http://x"")",'@SUM(1),'-1+2|+fach,''=quoted already\r\n'-los,'-less,,\r\n`);
    expect(readGlossaryCsv(csv)).toEqual(rows);
  });
});

describe('TBX', () => {
  it('round-trips through writeTbx and readTbx', () => {
    const xml = writeTbx(ROWS, { sourceLang: 'de', targetLang: 'en-GB' });
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="de">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(readTbx(xml)).toEqual({
      sourceLang: 'de',
      targetLang: 'en-GB',
      rows: ROWS.map((r) => ({ ...r, sourceTerm: r.sourceTerm.trim(), ...(r.note ? { note: r.note.replace(/\n/g, ' ') } : {}) })),
    });
  });

  it('reads TBX-Basic with its external DOCTYPE, definitions and normativeAuthorization', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">A request for payment.</descrip>
      <langSet xml:lang="en-US"><tig><term>invoice</term></tig></langSet>
      <langSet xml:lang="de">
        <tig><term>Faktura</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
        <tig><term>Rechnung</term></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2"><langSet xml:lang="en-US"><tig><term>only English</term></tig></langSet></termEntry>
  </body></text>
</martif>`;
    expect(readTbx(xml)).toEqual({
      sourceLang: 'en-US',
      targetLang: 'de',
      rows: [{ sourceTerm: 'invoice', targetTerm: 'Rechnung', forbidden: ['Faktura'], note: 'A request for payment.' }],
    });
    // The caller can choose the direction.
    expect(readTbx(xml, { sourceLang: 'de', targetLang: 'en' }).rows).toEqual([
      { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: [], note: 'A request for payment.' },
    ]);
  });

  it('reads TBX v3 (conceptEntry, langSec, termSec)', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="de" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="de"><termSec><term>Größe</term></termSec></langSec>
      <langSec xml:lang="en">
        <note>Physical size.</note>
        <termSec><term>size</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>bigness</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(readTbx(xml)).toEqual({
      sourceLang: 'de',
      targetLang: 'en',
      rows: [{ sourceTerm: 'Größe', targetTerm: 'size', forbidden: ['bigness'], note: 'Physical size.' }],
    });
  });

  it('keeps synonyms: each source term is a row, the preferred target term is required, other admitted ones go into the note', () => {
    const xml = `<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="de">
  <text><body>
    <termEntry id="c1">
      <langSet xml:lang="de"><tig><term>Handy</term></tig><tig><term>Mobiltelefon</term></tig></langSet>
      <langSet xml:lang="en">
        <tig><term>cell phone</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>mobile phone</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>handy</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>`;
    const row = { targetTerm: 'mobile phone', forbidden: ['handy'], note: 'Also admitted: cell phone.' };
    expect(readTbx(xml).rows).toEqual([
      { sourceTerm: 'Handy', ...row },
      { sourceTerm: 'Mobiltelefon', ...row },
    ]);
  });

  it('refuses internal DTDs and entities (XXE)', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif type="TBX"><text><body><termEntry><langSet xml:lang="de"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>`;
    const error = formatError(() => readTbx(xxe));
    expect(error.code).toBe('xml-dtd-refused');
    expect(error.message).toMatch(/defines its own entities/);
    expect(() => readTbx('<!ENTITY a "b"><martif/>')).toThrow(FormatError);
  });

  it('refuses other XML and files with one language', () => {
    expect(formatError(() => readTbx('<xliff version="1.2"/>')).message).toMatch(/not a TBX file/);
    expect(formatError(() => readTbx('<martif><text><body/></text></martif>')).message).toMatch(/two languages/);
  });
});
