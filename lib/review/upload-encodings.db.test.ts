/** Imports read a file in the encoding it declares (XLIFF, TMX, TBX) and refuse legacy-encoded text with the line to fix. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { utf16, windows1252 } from '../formats/testing';
import { getDocument, importFile, importGlossary, listGlossary, type ImportResult } from '.';

const FIXTURES = path.join(__dirname, '..', 'formats', 'fixtures');
const limits = { maxSourceChars: 100_000, maxUploadBytes: 2_000_000 };
const who = { name: 'Edda' };

const declaring = (xml: string, label: string) => xml.replace('encoding="UTF-8"', `encoding="${label}"`);

function documentOf(result: ImportResult) {
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

for (const target of testTargets()) {
  describe(`uploads in other encodings on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const sources = async (result: ImportResult) => (await getDocument(database.db, documentOf(result).id)).segments.map((s) => [s.sourceText, s.targetText]);

    it.each(['sample-1.2.xlf', 'sample-2.0.xlf', 'sample.tmx'])('imports %s in its declared ISO-8859-1, and in UTF-16, as in UTF-8', async (name) => {
      const xml = readFileSync(path.join(FIXTURES, name), 'utf8');
      const asUtf8 = await sources(await importFile(database.db, { file: { name, bytes: new TextEncoder().encode(xml) }, author: 'Ann' }, limits));
      expect(asUtf8.flat().join(' ')).toMatch(/ä/);
      const asLatin1 = await sources(await importFile(database.db, { file: { name, bytes: windows1252(declaring(xml, 'ISO-8859-1')) }, author: 'Ann' }, limits));
      expect(asLatin1).toEqual(asUtf8);
      const asUtf16 = await sources(await importFile(database.db, { file: { name, bytes: utf16(declaring(xml, 'UTF-16')) }, author: 'Ann' }, limits));
      expect(asUtf16).toEqual(asUtf8);
    });

    it('refuses an XLIFF in an unknown encoding with a message that names it', async () => {
      const xml = declaring(readFileSync(path.join(FIXTURES, 'sample-1.2.xlf'), 'utf8'), 'x-mac-klingon');
      await expect(importFile(database.db, { file: { name: 'k.xlf', bytes: windows1252(xml) }, author: 'Ann' }, limits)).rejects.toMatchObject({
        code: 'invalid',
        message: /^"k\.xlf": .*x-mac-klingon.*UTF-8/,
      });
    });

    it('refuses a Windows-1252 text file, naming the line and column to look at', async () => {
      const bytes = windows1252('Erste Zeile.\nZweite Zeile.\nDie Gr\u00f6\u00dfe.\n');
      await expect(importFile(database.db, { file: { name: 'alt.txt', bytes }, sourceLang: 'de', targetLang: 'en-US', author: 'Ann' }, limits)).rejects.toMatchObject({
        message: /"alt\.txt" is not UTF-8 text: the byte 0xF6 on line 3, column 7 \("ö" in Windows-1252\) is not UTF-8\. Save the file as UTF-8/,
      });
    });

    it('imports a TBX glossary in its declared ISO-8859-1 and refuses a Windows-1252 CSV with the line', async () => {
      const tbx = `<?xml version="1.0" encoding="ISO-8859-1"?>
<martif type="TBX-Basic" xml:lang="de"><text><body>
  <termEntry><langSet xml:lang="de"><tig><term>Gr\u00f6\u00dfe</term></tig></langSet><langSet xml:lang="en"><tig><term>size</term></tig></langSet></termEntry>
</body></text></martif>`;
      await importGlossary(database.db, { file: { name: 'terms.tbx', bytes: windows1252(tbx) }, mode: 'replace', who });
      expect((await listGlossary(database.db)).map((e) => [e.sourceTerm, e.targetTerm])).toEqual([['Größe', 'size']]);
      const csv = windows1252('source;target\r\nRechnung;invoice\r\nGr\u00f6\u00dfe;size\r\n');
      await expect(importGlossary(database.db, { file: { name: 'excel.csv', bytes: csv }, mode: 'replace', who })).rejects.toMatchObject({
        code: 'invalid',
        message: /^"excel\.csv": .*line 3, column 3.*"CSV UTF-8"/,
      });
      expect((await listGlossary(database.db)).map((e) => e.sourceTerm)).toEqual(['Größe']);
    });
  });
}
