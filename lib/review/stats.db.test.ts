import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { createDocument, documentStatistics, documentStatisticsCsv, getDocument, overallStatistics, overallStatisticsCsv, saveSegment } from '.';

const limits = { maxSourceChars: 10_000 };

const SOURCE = 'Der Bericht wurde gestern veröffentlicht. Der neue Bericht ist fertig. Dieser Bericht ist teuer. Der Umsatz stieg um 5 Prozent.';
const MACHINE = ['The account was published yesterday.', 'The new account is ready.', 'This account is expensive.', 'Revenue rose by 6 percent.'];
const FINAL = ['The report was published yesterday.', 'The new report is ready.', 'This report is expensive.', 'Revenue rose by 5 percent.'];

for (const target of testTargets()) {
  describe(`post-editing statistics on ${target.name}`, () => {
    let database: Database;
    let documentId: number;
    beforeAll(async () => {
      database = await target.open();
      const created = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-GB', format: 'txt', title: 'Quartalsbericht', text: SOURCE, translation: { kind: 'provided', origin: 'pasted', targets: MACHINE }, author: 'Ann' },
        limits,
      );
      documentId = created.id;
      const segs = (await getDocument(database.db, documentId)).segments;
      // Ann corrects the first three, Bob the number.
      for (const [i, seg] of segs.entries()) {
        await saveSegment(database.db, { segmentId: seg.id, text: FINAL[i]!, baseVersion: seg.version, author: i < 3 ? 'Ann' : 'Bob' });
      }
    });
    afterAll(async () => {
      await database?.close();
    });

    it('measures the document against its first translation, per translator and per paragraph', async () => {
      const s = await documentStatistics(database.db, documentId);
      expect(s.document.title).toBe('Quartalsbericht');
      expect(s.stats).toMatchObject({ segments: 4, measured: 4, edited: 4, unchangedShare: 0, wordEditDistance: 4, workedSegments: 4 });
      expect(s.translators.map((t) => [t.author, t.stats.edited])).toEqual([
        ['Ann', 3],
        ['Bob', 1],
      ]);
      expect(s.paragraphs).toEqual([{ paragraph: 1, segments: 4, edited: 4, wordEditRate: s.stats.wordEditRate }]);
    });

    it('counts the wrong number the edit removed as a fixed finding, credited to its editor', async () => {
      const s = await documentStatistics(database.db, documentId);
      expect(s.stats.findingsFixed).toBeGreaterThanOrEqual(1);
      const bob = s.translators.find((t) => t.author === 'Bob');
      expect(bob?.stats.findingsFixed).toBe(s.stats.findingsFixed - (s.translators.find((t) => t.author === 'Ann')?.stats.findingsFixed ?? 0));
      expect(bob?.stats.findingsFixed).toBeGreaterThanOrEqual(1);
    });

    it('proposes the correction made in 3 segments, with its source word', async () => {
      const s = await documentStatistics(database.db, documentId);
      expect(s.proposals).toEqual([{ source: 'Bericht', from: 'account', to: 'report', count: 3, segmentIds: expect.any(Array) }]);
    });

    it('writes CSV with a byte order mark, the document row and a row per translator', async () => {
      const csv = documentStatisticsCsv(await documentStatistics(database.db, documentId));
      expect(csv.startsWith('\uFEFFscope,segments,measured_segments,edited_segments,')).toBe(true);
      const lines = csv.slice(1).trimEnd().split('\r\n');
      expect(lines.map((l) => l.split(',')[0])).toEqual(['scope', 'document: Quartalsbericht', 'translator: Ann', 'translator: Bob']);
      expect(lines[1]).toMatch(/^document: Quartalsbericht,4,4,4,0,/);
    });

    it('adds up translators over every document', async () => {
      const other = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: 'Der Himmel ist blau.', translation: { kind: 'provided', origin: 'pasted', targets: ['The sky is blue.'] }, author: 'Ann' },
        limits,
      );
      const seg = (await getDocument(database.db, other.id)).segments[0]!;
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is bright blue.', baseVersion: seg.version, author: 'Ann' });
      const all = await overallStatistics(database.db);
      expect(all.translators.find((t) => t.author === 'Ann')?.stats.segments).toBe(4);
      expect(all.documents.map((d) => d.id)).toEqual(expect.arrayContaining([documentId, other.id]));
      expect(all.proposals).toEqual([{ sourceLang: 'de', targetLang: 'en', proposals: [expect.objectContaining({ from: 'account', to: 'report' })] }]);
      const csv = overallStatisticsCsv(all);
      expect(csv.split('\r\n').slice(0, 3).map((l) => l.split(',')[0])).toEqual(['\uFEFFtranslator', 'Ann', 'Bob']);
    });
  });
}
