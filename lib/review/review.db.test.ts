import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { DomainError } from '../errors';
import { createDeepLEngine, inMemoryStore } from '../mt';
import { startFakeDeepL, type FakeDeepL } from '../mt/testing/fake-deepl';
import { failWhen } from './testing/failing-statement';
import {
  claimTranslation,
  createDocument,
  exportDocument,
  getDocument,
  listDocuments,
  listRevisions,
  revertSegment,
  runTranslation,
  saveSegment,
  seedSample,
} from '.';

const limits = { maxSourceChars: 10_000 };
const TEXT = 'Der Himmel ist blau. Das Gras ist grün.\n\nDie Sonne scheint.';

for (const target of testTargets()) {
  describe(`review operations on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    async function provided(targets = ['The sky is blue.', 'The grass is green.', 'The sun is shining.']) {
      return createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: TEXT, translation: { kind: 'provided', origin: 'pasted', targets }, author: 'Ann' },
        limits,
      );
    }

    it('creates a document with segments in paragraph order and an import revision each', async () => {
      const doc = await provided();
      const full = await getDocument(database.db, doc.id);
      expect(full.provenance).toBe('pasted');
      expect(full.segments.map((s) => [s.paragraphIndex, s.sentenceIndex, s.sourceText, s.targetText])).toEqual([
        [0, 0, 'Der Himmel ist blau.', 'The sky is blue.'],
        [0, 1, 'Das Gras ist grün.', 'The grass is green.'],
        [1, 0, 'Die Sonne scheint.', 'The sun is shining.'],
      ]);
      expect(full.segments.every((s) => s.status === 'machine' && s.version === 1)).toBe(true);
      const { revisions } = await listRevisions(database.db, full.segments[0]!.id);
      expect(revisions.map((r) => [r.kind, r.author, r.version])).toEqual([['import', 'Ann', 1]]);
    });

    it('refuses empty text, oversized text, unsupported pairs and mismatched translations', async () => {
      const base = { sourceLang: 'de' as const, targetLang: 'en-US' as const, format: 'txt' as const, translation: { kind: 'none' as const }, author: 'x' };
      await expect(createDocument(database.db, { ...base, text: '  \n ' }, limits)).rejects.toMatchObject({ code: 'invalid' });
      await expect(createDocument(database.db, { ...base, text: 'a'.repeat(10_001) }, limits)).rejects.toMatchObject({ code: 'too-large' });
      await expect(createDocument(database.db, { ...base, targetLang: 'de', text: 'Hallo.' }, limits)).rejects.toMatchObject({ code: 'invalid' });
      await expect(
        createDocument(database.db, { ...base, text: TEXT, translation: { kind: 'provided', origin: 'pasted', targets: ['one'] } }, limits),
      ).rejects.toThrow(/3/);
    });

    it('keeps every save as a revision, reports conflicts with the current text, and reverts as a new revision', async () => {
      const doc = await provided();
      const seg = (await getDocument(database.db, doc.id)).segments[0]!;
      const first = await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is bright blue.', baseVersion: 1, author: 'Ann' });
      expect(first.segment).toMatchObject({ version: 2, status: 'edited', targetText: 'The sky is bright blue.' });

      const stale = saveSegment(database.db, { segmentId: seg.id, text: 'Blue is the sky.', baseVersion: 1, author: 'Bob' });
      const err = await stale.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('conflict');
      expect((err as DomainError).details).toMatchObject({ current: { text: 'The sky is bright blue.', version: 2, author: 'Ann' } });

      // Resolving: save on top of the version the conflict reported.
      await saveSegment(database.db, { segmentId: seg.id, text: 'Blue is the sky.', baseVersion: 2, author: 'Bob' });
      const history = await listRevisions(database.db, seg.id);
      expect(history.revisions.map((r) => r.text)).toEqual(['The sky is blue.', 'The sky is bright blue.', 'Blue is the sky.']);
      // Word diff against the machine translation.
      expect(history.revisions[1]!.diff).toContainEqual({ kind: 'insert', text: 'bright ' });

      const importRev = history.revisions[0]!;
      const reverted = await revertSegment(database.db, { segmentId: seg.id, revisionId: importRev.id, baseVersion: 3, author: 'Ann' });
      expect(reverted.segment).toMatchObject({ version: 4, status: 'machine', targetText: 'The sky is blue.' });
      const after = await listRevisions(database.db, seg.id);
      expect(after.revisions.at(-1)).toMatchObject({ kind: 'revert', revertedFrom: importRev.id });
      expect(after.revisions).toHaveLength(4);
    });

    it('saving the same text again creates no revision', async () => {
      const doc = await provided();
      const seg = (await getDocument(database.db, doc.id)).segments[1]!;
      const r = await saveSegment(database.db, { segmentId: seg.id, text: 'The grass is green.', baseVersion: 1, author: 'Ann' });
      expect(r.changed).toBe(false);
      expect((await listRevisions(database.db, seg.id)).revisions).toHaveLength(1);
    });

    it('lists documents with progress and exports the corrected text with its paragraphs', async () => {
      const doc = await provided();
      const seg = (await getDocument(database.db, doc.id)).segments[2]!;
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sun shines.', baseVersion: 1, author: 'Ann' });
      const listed = (await listDocuments(database.db)).find((d) => d.id === doc.id)!;
      expect(listed.progress).toMatchObject({ total: 3, translated: 3, edited: 1, approved: false });
      const txt = await exportDocument(database.db, doc.id, 'txt');
      expect(txt.body).toBe('The sky is blue. The grass is green.\n\nThe sun shines.\n');
      expect(txt.fileName).toMatch(/\.en-US\.txt$/);
      const md = await exportDocument(database.db, doc.id, 'md');
      expect(md.body).toContain('The sun shines.');
    });

    it('seeds the bundled sample once, labelled as the bundled sample translation', async () => {
      const dir = path.join(process.cwd(), 'data/samples');
      expect(await seedSample(database.db, dir)).toBe(true);
      expect(await seedSample(database.db, dir)).toBe(false);
      const sample = (await listDocuments(database.db)).find((d) => d.provenance === 'bundled-sample')!;
      const full = await getDocument(database.db, sample.id);
      expect(new Set(full.segments.map((s) => s.paragraphIndex)).size).toBe(10);
      expect(full.segments.every((s) => s.machineOrigin === 'bundled-sample')).toBe(true);
      expect(full.segments.filter((s) => s.targetText === '')).toHaveLength(0);
    });

    describe('machine translation', () => {
      let fake: FakeDeepL;
      beforeAll(async () => {
        fake = await startFakeDeepL();
      });
      afterAll(async () => {
        await fake.close();
      });
      beforeEach(() => fake.reset());

      it('logs a database failure while storing the translation without the document text', async () => {
        const engine = createDeepLEngine({ authKey: 'k', serverUrl: fake.url, maxRetries: 0, timeoutMs: 2_000 });
        const text = 'Vertraulicher Entwurf der Mitteilung.';
        const doc = await createDocument(database.db, { sourceLang: 'de', targetLang: 'en-GB', format: 'txt', text, translation: { kind: 'none' }, author: 'Ann' }, limits);
        const restore = await failWhen(database.db, 'segments', 'NEW.machine_text IS NOT NULL');
        const log = vi.spyOn(console, 'error').mockImplementation(() => {});
        try {
          await claimTranslation(database.db, doc.id);
          const outcome = await runTranslation({ db: database.db, engine, memory: inMemoryStore() }, doc.id);
          expect(outcome.ok).toBe(false);
          const logged = log.mock.calls.flat().map(String).join('\n');
          expect(logged).toContain('injected failure on segments');
          expect(logged).not.toContain('Vertraulich');
        } finally {
          log.mockRestore();
          await restore();
        }
        expect((await getDocument(database.db, doc.id)).translationState).toBe('failed');
      });

      it('stops on a quota error keeping finished batches, and resumes without re-sending them', async () => {
        const engine = createDeepLEngine({ authKey: 'k', serverUrl: fake.url, maxRetries: 0, timeoutMs: 2_000 });
        const memory = inMemoryStore();
        const text = ['Erster Absatz hier.', 'Zweiter Absatz hier.', 'Dritter Absatz hier.'].join('\n\n');
        const doc = await createDocument(database.db, { sourceLang: 'de', targetLang: 'en-GB', format: 'txt', text, translation: { kind: 'none' }, author: 'Ann' }, limits);
        // Type into the third segment before translating: the engine must not overwrite it.
        const segs = (await getDocument(database.db, doc.id)).segments;
        await saveSegment(database.db, { segmentId: segs[2]!.id, text: 'My own third paragraph.', baseVersion: 0, author: 'Ann' });

        await claimTranslation(database.db, doc.id);
        fake.failNext(456, 1);
        // First request fails: nothing translated, a clear quota message stored on the document.
        const failed = await runTranslation({ db: database.db, engine, memory }, doc.id);
        expect(failed.ok).toBe(false);
        const afterFail = await getDocument(database.db, doc.id);
        expect(afterFail.translationState).toBe('failed');
        expect(afterFail.translationError?.message).toMatch(/quota/i);
        expect(afterFail.segments[2]!.targetText).toBe('My own third paragraph.');
        // Nothing came from DeepL yet, so the document does not claim DeepL's translation.
        expect(afterFail.provenance).toBe('none');

        await claimTranslation(database.db, doc.id);
        await expect(claimTranslation(database.db, doc.id)).rejects.toMatchObject({ code: 'conflict' });
        const ok = await runTranslation({ db: database.db, engine, memory }, doc.id);
        expect(ok.ok).toBe(true);
        const done = await getDocument(database.db, doc.id);
        expect(done.translationState).toBe('complete');
        expect(done.provenance).toBe('deepl');
        expect(done.segments[0]).toMatchObject({ targetText: '[EN-GB] Erster Absatz hier.', status: 'machine', machineOrigin: 'deepl' });
        // The segment typed by hand keeps its text; its machine translation is stored for reference.
        expect(done.segments[2]).toMatchObject({ targetText: 'My own third paragraph.', status: 'edited' });
        const sentTexts = fake.requests.filter((r) => r.status === 200).flatMap((r) => r.texts);
        expect(sentTexts.filter((t) => t === 'Erster Absatz hier.')).toHaveLength(1);
      });
    });
  });
}
