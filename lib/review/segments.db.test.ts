import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { segmentFindings } from '../db/schema';
import { testTargets } from '../db/testing';
import { createDocument, getDocument, listActivity, listRevisions, reviewSegment, saveSegment } from '.';
import { failWhen } from './testing/failing-statement';

const limits = { maxSourceChars: 10_000 };

for (const target of testTargets()) {
  describe(`saving a segment on ${target.name}: one transaction`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
      // The first document loads the checks' word lists: done here, within the hook's time limit.
      await firstSegment();
    });
    afterAll(async () => {
      await database?.close();
    });

    async function firstSegment() {
      const doc = await createDocument(
        database.db,
        {
          sourceLang: 'de',
          targetLang: 'en-US',
          format: 'txt',
          text: 'Der Himmel ist blau. Das Gras ist grün.',
          translation: { kind: 'provided', origin: 'pasted', targets: ['The sky is blue.', 'The grass is green.'] },
          author: 'Ann',
        },
        limits,
      );
      return (await getDocument(database.db, doc.id)).segments[0]!;
    }

    /** What a save changes: the segment, its revisions, its findings and the document's audit trail. */
    async function state(segmentId: number, documentId: number) {
      const { segment, revisions } = await listRevisions(database.db, segmentId);
      const [findings] = await database.db.select().from(segmentFindings).where(eq(segmentFindings.segmentId, segmentId));
      const trail = await listActivity(database.db, documentId);
      return { text: segment.targetText, version: segment.version, status: segment.status, revisions: revisions.length, findings: findings?.findings, trail: trail.length };
    }

    it('writes the revision, its findings and its audit entry together', async () => {
      const seg = await firstSegment();
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is blue blue.', baseVersion: seg.version, author: 'Ben' });
      const trail = await listActivity(database.db, seg.documentId);
      expect(trail[0]).toMatchObject({ action: 'edit', segmentId: seg.id, actor: 'Ben', details: { version: 2 } });
    });

    it('keeps the segment and its revisions unchanged when the audit entry cannot be written', async () => {
      const seg = await firstSegment();
      const before = await state(seg.id, seg.documentId);
      const restore = await failWhen(database.db, 'activity', `NEW.action = 'edit' AND NEW.segment_id = ${seg.id}`);
      try {
        await expect(saveSegment(database.db, { segmentId: seg.id, text: 'The sky is grey.', baseVersion: seg.version, author: 'Ben' })).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await state(seg.id, seg.documentId)).toEqual(before);
      // The same save goes through once the trigger is gone: the failure was the injected one.
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is grey.', baseVersion: seg.version, author: 'Ben' });
      expect((await state(seg.id, seg.documentId)).revisions).toBe(before.revisions + 1);
    });

    it('keeps the segment unchanged and writes no audit entry when its findings cannot be stored', async () => {
      const seg = await firstSegment();
      const before = await state(seg.id, seg.documentId);
      const restore = await failWhen(database.db, 'segment_findings', `NEW.segment_id = ${seg.id}`);
      try {
        await expect(saveSegment(database.db, { segmentId: seg.id, text: 'The sky is very blue.', baseVersion: seg.version, author: 'Ben' })).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await state(seg.id, seg.documentId)).toEqual(before);
    });

    it('keeps the status unchanged when the audit entry of a review action cannot be written', async () => {
      const seg = await firstSegment();
      const before = await state(seg.id, seg.documentId);
      const restore = await failWhen(database.db, 'activity', `NEW.action = 'submit' AND NEW.segment_id = ${seg.id}`);
      try {
        await expect(reviewSegment(database.db, { segmentId: seg.id, action: 'submit', baseVersion: seg.version, who: { name: 'Ben' } })).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await state(seg.id, seg.documentId)).toEqual(before);
    });
  });
}
