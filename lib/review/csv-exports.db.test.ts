/** Every CSV export (statistics, glossary, review report) writes user text a spreadsheet would run as a formula as plain text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { readGlossaryCsv } from '../formats';
import {
  addGlossaryEntry,
  createDocument,
  documentStatistics,
  documentStatisticsCsv,
  exportGlossary,
  exportInterchange,
  getDocument,
  overallStatistics,
  overallStatisticsCsv,
  saveSegment,
} from '.';

const HYPERLINK = '=HYPERLINK("http://x")';
const SUM = '@SUM(1)';
const ARITHMETIC = '-1+2';
const limits = { maxSourceChars: 100_000, maxUploadBytes: 2_000_000 };
const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

/** Where each hostile text ends up at the start of a cell, by export. */
const EXPORTS: { name: string; cells: string[]; csv: (db: Database['db'], documentId: number) => Promise<string> }[] = [
  { name: 'overall statistics', cells: [SUM, ARITHMETIC], csv: async (db) => overallStatisticsCsv(await overallStatistics(db)) },
  { name: 'document statistics', cells: [], csv: async (db, id) => documentStatisticsCsv(await documentStatistics(db, id)) },
  { name: 'glossary', cells: [HYPERLINK, SUM, ARITHMETIC], csv: async (db) => text((await exportGlossary(db, 'csv', { sourceLang: 'de', targetLang: 'en' })).body) },
  { name: 'review report', cells: [HYPERLINK, SUM, ARITHMETIC], csv: async (db, id) => text((await exportInterchange(db, id, 'report-csv', new Date())).body) },
];

/** A cell as the guarded writer puts it: after an apostrophe, quoted when it holds a quote. */
const guarded = (cell: string) => (cell.includes('"') ? `"'${cell.replace(/"/g, '""')}"` : `'${cell}`);
/** A cell (quoted or not) that starts with one of the hostile texts as it was typed. */
const RAW_START = /(?:^|[,\n])"?(?:=HYPERLINK|@SUM|-1\+2)/;

for (const target of testTargets()) {
  describe(`CSV exports on ${target.name}`, () => {
    let database: Database;
    let documentId = 0;
    beforeAll(async () => {
      database = await target.open();
      const doc = await createDocument(
        database.db,
        {
          title: HYPERLINK,
          sourceLang: 'de',
          targetLang: 'en-US',
          format: 'txt',
          text: `${ARITHMETIC} ergibt eins.\n\n${SUM} steht hier.`,
          translation: { kind: 'provided', origin: 'pasted', targets: [HYPERLINK, 'It says so.'] },
          author: SUM,
        },
        limits,
      );
      documentId = doc.id;
      const [first, second] = (await getDocument(database.db, documentId)).segments;
      await saveSegment(database.db, { segmentId: first!.id, text: `${SUM} is one.`, baseVersion: first!.version, author: SUM });
      await saveSegment(database.db, { segmentId: second!.id, text: `${ARITHMETIC} says so.`, baseVersion: second!.version, author: ARITHMETIC });
      await addGlossaryEntry(database.db, { sourceTerm: HYPERLINK, targetTerm: SUM, forbidden: [ARITHMETIC], note: `${ARITHMETIC} note` });
      await addGlossaryEntry(database.db, { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: [] });
    }, 60_000);
    afterAll(async () => {
      await database?.close();
    });

    for (const exp of EXPORTS) {
      it(`${exp.name}: no cell starts with a formula as typed`, async () => {
        const csv = await exp.csv(database.db, documentId);
        expect(csv).not.toMatch(RAW_START);
        for (const cell of exp.cells) expect(csv).toContain(guarded(cell));
      });
    }

    it('keeps figures as numbers and the document title after its label', async () => {
      const lines = documentStatisticsCsv(await documentStatistics(database.db, documentId)).slice(1).split('\r\n');
      expect(lines[1]).toMatch(/^"document: =HYPERLINK\(""http:\/\/x""\)",2,2,2,/);
      expect(lines.slice(2, 4).sort()).toEqual([expect.stringMatching(/^translator: -1\+2,1,1,1,/), expect.stringMatching(/^translator: @SUM\(1\),1,1,1,/)]);
    });

    it('reads the glossary CSV back as it was entered', async () => {
      const csv = text((await exportGlossary(database.db, 'csv', { sourceLang: 'de', targetLang: 'en' })).body);
      expect(readGlossaryCsv(csv)).toEqual(
        expect.arrayContaining([
          { sourceTerm: HYPERLINK, targetTerm: SUM, forbidden: [ARITHMETIC], note: `${ARITHMETIC} note` },
          { sourceTerm: 'Rechnung', targetTerm: 'invoice', forbidden: [] },
        ]),
      );
    });
  });
}
