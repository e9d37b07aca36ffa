import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import {
  createDocument,
  deleteMarkedError,
  documentLqa,
  getDocument,
  getLqaSettings,
  listActivity,
  listFindings,
  listMarkedErrors,
  markError,
  markErrorSchema,
  saveSegment,
  updateLqaSettings,
} from '.';

const limits = { maxSourceChars: 10_000 };
const ann = { name: 'Ann Editor', id: 'user-ann' };

for (const target of testTargets()) {
  describe(`LQA and the activity trail on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    async function doc(text: string, targets: string[]) {
      const created = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text, translation: { kind: 'provided', origin: 'pasted', targets }, author: 'Ann Editor' },
        limits,
      );
      return getDocument(database.db, created.id);
    }

    it('marks an error on a span, scores it per 1,000 source words, and deletes it', async () => {
      // 4 + 4 = 8 source words.
      const d = await doc('Der Himmel ist blau. Das Gras ist grün.', ['The sky is blue.', 'The grass is green.']);
      const seg = d.segments[1]!;
      const body = markErrorSchema.parse({ segmentId: seg.id, side: 'target', start: 4, end: 9, text: 'grass', category: 'terminology', severity: 'major', note: 'lawn' });
      const { markedError, created } = await markError(database.db, { documentId: d.id, body, who: ann });
      expect(created).toBe(true);
      expect(markedError).toMatchObject({ text: 'grass', position: 2, author: 'Ann Editor', severity: 'major', note: 'lawn' });

      const lqa = await documentLqa(database.db, d.id);
      expect(lqa.score).toMatchObject({ wordCount: 8, penalty: 5, perThousandWords: 625, pass: false });
      expect(lqa.score.byCategory.terminology).toEqual({ count: 1, penalty: 5 });

      // The same span and category again is the same mark.
      expect((await markError(database.db, { documentId: d.id, body, who: ann })).created).toBe(false);
      expect(await listMarkedErrors(database.db, d.id)).toHaveLength(1);

      await deleteMarkedError(database.db, { documentId: d.id, errorId: markedError.id, who: ann });
      expect(await listMarkedErrors(database.db, d.id)).toEqual([]);
      expect((await documentLqa(database.db, d.id)).score.penalty).toBe(0);
      await expect(deleteMarkedError(database.db, { documentId: d.id, errorId: markedError.id, who: ann })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('refuses a span outside the text, an empty span, and words that changed since they were selected', async () => {
      const d = await doc('Der Himmel ist blau.', ['The sky is blue.']);
      const seg = d.segments[0]!;
      const base = { segmentId: seg.id, side: 'target', category: 'fluency/grammar', severity: 'minor' } as const;
      expect(markErrorSchema.safeParse({ ...base, start: 3, end: 3 }).success).toBe(false);
      await expect(markError(database.db, { documentId: d.id, body: markErrorSchema.parse({ ...base, start: 0, end: 99 }), who: ann })).rejects.toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(/Select the words again/),
      });
      await saveSegment(database.db, { segmentId: seg.id, text: 'The heaven is blue.', baseVersion: 1, author: 'Bob' });
      await expect(
        markError(database.db, { documentId: d.id, body: markErrorSchema.parse({ ...base, start: 4, end: 7, text: 'sky' }), who: ann }),
      ).rejects.toMatchObject({ code: 'conflict' });
      // A segment of another document is not found in this one.
      const other = await doc('Hallo.', ['Hello.']);
      await expect(
        markError(database.db, { documentId: other.id, body: markErrorSchema.parse({ ...base, start: 0, end: 3 }), who: ann }),
      ).rejects.toMatchObject({ code: 'not-found' });
    });

    it('promotes a stored finding with its span, category and severity', async () => {
      const d = await doc('Der Umsatz stieg um 5 Prozent.', ['Revenue rose by 6 percent.']);
      const seg = d.segments[0]!;
      const finding = (await listFindings(database.db, d.id))[0]!.findings.find((f) => f.check === 'numbers')!;
      const body = markErrorSchema.parse({ fromFinding: { segmentId: seg.id, fingerprint: finding.fingerprint } });
      const { markedError } = await markError(database.db, { documentId: d.id, body, who: ann });
      expect(markedError).toMatchObject({ side: 'target', category: finding.category, severity: finding.severity, note: finding.message });
      expect(seg.targetText.slice(markedError.start, markedError.end)).toBe(markedError.text);
      expect(markedError.text).toContain('6');
      const missing = markErrorSchema.parse({ fromFinding: { segmentId: seg.id, fingerprint: 'f'.repeat(32) } });
      await expect(markError(database.db, { documentId: d.id, body: missing, who: ann })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('keeps LQA settings per project and scores with them; invalid stored settings fall back to the defaults', async () => {
      const d = await doc('Der Himmel ist blau. Das Gras ist grün.', ['The sky is blue.', 'The grass is green.']);
      const body = markErrorSchema.parse({ segmentId: d.segments[0]!.id, side: 'target', start: 4, end: 7, category: 'terminology', severity: 'minor' });
      await markError(database.db, { documentId: d.id, body, who: ann });
      const saved = await updateLqaSettings(database.db, { severityWeights: { neutral: 0, minor: 2, major: 5, critical: 25 }, categoryWeights: { terminology: 3 }, passThreshold: 1_000 });
      expect(await getLqaSettings(database.db)).toEqual(saved);
      // 2 × 3 = 6 points over 8 words = 750 per 1,000, under the threshold of 1,000.
      expect((await documentLqa(database.db, d.id)).score).toMatchObject({ penalty: 6, perThousandWords: 750, pass: true });
      await updateLqaSettings(database.db, { passThreshold: -1 } as never);
      expect((await getLqaSettings(database.db)).passThreshold).toBe(15);
    });

    it('lists a document’s activity newest first with the acting person, paged by id', async () => {
      const d = await doc('Der Himmel ist blau.', ['The sky is blue.']);
      const seg = d.segments[0]!;
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is bright blue.', baseVersion: 1, author: 'Bob Translator', authorId: 'user-bob' });
      const body = markErrorSchema.parse({ segmentId: seg.id, side: 'target', start: 11, end: 17, category: 'accuracy/addition', severity: 'minor' });
      const { markedError } = await markError(database.db, { documentId: d.id, body, who: ann });
      await deleteMarkedError(database.db, { documentId: d.id, errorId: markedError.id, who: ann });

      const entries = await listActivity(database.db, d.id);
      expect(entries.map((e) => [e.action, e.actor])).toEqual([
        ['error-removed', 'Ann Editor'],
        ['error-marked', 'Ann Editor'],
        ['edit', 'Bob Translator'],
        ['import', 'Ann Editor'],
      ]);
      expect(entries[1]).toMatchObject({ actorId: 'user-ann', segmentId: seg.id, details: { position: 1, text: 'bright', severity: 'minor', side: 'target' } });
      expect(entries[2]).toMatchObject({ actorId: 'user-bob', details: { position: 1, from: 'machine', to: 'edited' } });
      const older = await listActivity(database.db, d.id, { before: entries[1]!.id, limit: 1 });
      expect(older.map((e) => e.action)).toEqual(['edit']);
    });
  });
}
