import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { activity, documents, revisions, segmentFindings, segments } from '../db/schema';
import { testTargets } from '../db/testing';
import { createDocument, getDocument, listActivity, listFindings } from '.';
import { failWhen } from './testing/failing-statement';

const limits = { maxSourceChars: 10_000 };
const TEXT = 'Der Himmel ist blau. Das Gras ist grün.\n\nDie Sonne scheint.';
const TARGETS = ['The sky is blue.', 'The gras is green.', 'The sun is shining.'];

for (const target of testTargets()) {
  describe(`creating a document on ${target.name}: one transaction`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
      // The first document loads the checks' word lists: done here, within the hook's time limit.
      await create('Warm-up');
    });
    afterAll(async () => {
      await database?.close();
    });

    const create = (title: string) =>
      createDocument(
        database.db,
        { title, sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: TEXT, translation: { kind: 'provided', origin: 'pasted', targets: TARGETS }, author: 'Ann' },
        limits,
      );

    /** Rows per table that a document import writes. */
    async function counts() {
      const db = database.db;
      return {
        documents: await db.$count(documents),
        segments: await db.$count(segments),
        revisions: await db.$count(revisions),
        findings: await db.$count(segmentFindings),
        activity: await db.$count(activity),
      };
    }

    it('stores the document, its segments, its findings and its import entry together', async () => {
      const doc = await create('Complete');
      const full = await getDocument(database.db, doc.id);
      const findings = await listFindings(database.db, doc.id);
      expect(findings.map((f) => f.segmentId).sort()).toEqual(full.segments.map((s) => s.id).sort());
      const entries = await listActivity(database.db, doc.id);
      expect(entries.map((e) => [e.action, e.details.segments])).toEqual([['import', 3]]);
    });

    it('leaves nothing behind when storing the findings fails', async () => {
      const before = await counts();
      const restore = await failWhen(database.db, 'segment_findings', `EXISTS (SELECT 1 FROM documents d WHERE d.id = NEW.document_id AND d.title = 'Findings fail')`);
      try {
        await expect(create('Findings fail')).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await counts()).toEqual(before);
    });

    it('leaves nothing behind when writing the import entry fails', async () => {
      const before = await counts();
      const restore = await failWhen(database.db, 'activity', `NEW.action = 'import' AND NEW.details->>'title' = 'Audit fails'`);
      try {
        await expect(create('Audit fails')).rejects.toThrow();
      } finally {
        await restore();
      }
      expect(await counts()).toEqual(before);
      // The failure was the injected one: the same document goes in once the trigger is gone.
      await create('Audit fails');
      expect((await counts()).documents).toBe(before.documents + 1);
    });
  });
}
