import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder, type Database, type Db } from '../db/client';
import * as schema from '../db/schema';
import { tmUnits } from '../db/schema';
import { testTargets } from '../db/testing';
import { writeTmx } from '../formats';
import { concordance, createDocument, getDocument, importTmIntoMemory, indexPendingTmUnits, lookUpMatches, reviewSegment, saveSegment, segmentMatches } from '.';

const limits = { maxSourceChars: 10_000 };
const who = { name: 'Eva', id: 'eva' };

async function makeDocument(db: Db, title: string, text: string, targets: string[], targetLang: 'en-US' | 'en-GB' = 'en-US') {
  const doc = await createDocument(
    db,
    { title, sourceLang: 'de', targetLang, format: 'txt', text, translation: { kind: 'provided', origin: 'pasted', targets }, author: 'Ann' },
    limits,
  );
  return (await getDocument(db, doc.id)).segments;
}

/** Edits, submits and approves a segment: the way a pair gets into the memory. */
async function approve(db: Db, segmentId: number, text: string) {
  const saved = await saveSegment(db, { segmentId, text, baseVersion: 1, author: 'Ann' });
  const submitted = await reviewSegment(db, { segmentId, action: 'submit', baseVersion: saved.segment.version, who });
  return reviewSegment(db, { segmentId, action: 'approve', baseVersion: submitted.version, who });
}

for (const target of testTargets()) {
  describe(`translation memory on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('offers a pair approved in one document as a fuzzy match in another, with score, diff and origin', async () => {
      const db = database.db;
      const [first] = await makeDocument(db, 'Handbuch A', 'Die Datei wurde gestern auf dem Server gespeichert.', ['The file was saved on the server yesterday.']);
      await approve(db, first!.id, 'The file was stored on the server yesterday.');
      const [other] = await makeDocument(db, 'Handbuch B', 'Die Datei wurde heute auf dem Server gespeichert.', ['The file was saved on the server today.'], 'en-GB');
      const matches = await segmentMatches(db, other!.id);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ score: 87, targetText: 'The file was stored on the server yesterday.', state: 'approved', origin: 'Handbuch A' });
      expect(matches[0]!.diff.filter((p) => p.kind !== 'equal').map((p) => p.text.trim())).toEqual(['gestern', 'heute']);
      // Its own pair is never offered to a segment.
      expect(await segmentMatches(db, first!.id)).toEqual([]);
      // The first document loads the checks' dictionaries: slow on a busy machine.
    }, 90_000);

    it('keeps an edited, unapproved pair marked as such, and drops it when the text goes back to the machine translation', async () => {
      const db = database.db;
      const [seg] = await makeDocument(db, 'Entwurf', 'Der Drucker meldet einen Papierstau im Fach zwei.', ['The printer reports a paper jam in tray two.']);
      const saved = await saveSegment(db, { segmentId: seg!.id, text: 'The printer signals a paper jam in tray 2.', baseVersion: 1, author: 'Ann' });
      const unit = async () => (await db.select().from(tmUnits).where(eq(tmUnits.segmentId, seg!.id)))[0];
      expect(await unit()).toMatchObject({ state: 'edited', targetText: 'The printer signals a paper jam in tray 2.', origin: 'Entwurf' });
      await saveSegment(db, { segmentId: seg!.id, text: 'The printer reports a paper jam in tray two.', baseVersion: saved.segment.version, author: 'Ann' });
      expect(await unit()).toBeUndefined();
    });

    it('takes a reopened approval back to edited and leaves out matches below 70 %', async () => {
      const db = database.db;
      const [seg] = await makeDocument(db, 'Anleitung', 'Schließen Sie das Gerät an die Steckdose an.', ['Connect the device to the socket.']);
      const approved = await approve(db, seg!.id, 'Plug the device into the socket.');
      await reviewSegment(db, { segmentId: seg!.id, action: 'reopen', baseVersion: approved.version, who });
      expect((await db.select().from(tmUnits).where(eq(tmUnits.segmentId, seg!.id)))[0]?.state).toBe('edited');
      const [far] = await makeDocument(db, 'Fern', 'Schalten Sie das Licht im Flur aus.', ['Turn off the light in the hall.']);
      expect(await segmentMatches(db, far!.id)).toEqual([]);
    });

    it('pre-fills an exact match on import, labelled as coming from the memory; edited pairs and given translations are left alone', async () => {
      const db = database.db;
      const [seg] = await makeDocument(db, 'Quelle', 'Die Lampe blinkt zweimal.\n\nDer Akku ist leer.', ['The lamp flashes two times.', 'The battery is empty.'])
      await approve(db, seg!.id, 'The lamp flashes twice.');
      const segs = await getDocument(db, (await makeDocument(db, 'Entwurf 2', 'Der Akku ist fast leer.', ['The battery is nearly empty.']))[0]!.documentId);
      await saveSegment(db, { segmentId: segs.segments[0]!.id, text: 'The battery is almost flat.', baseVersion: 1, author: 'Ann' });
      const fresh = await createDocument(
        db,
        { title: 'Neu', sourceLang: 'de', targetLang: 'en-GB', format: 'txt', text: 'Die Lampe blinkt zweimal.\n\nDer Akku ist fast leer.', translation: { kind: 'none' }, author: 'Ann' },
        limits,
      );
      const after = (await getDocument(db, fresh.id)).segments;
      expect(after.map((s) => [s.targetText, s.machineOrigin, s.status])).toEqual([
        ['The lamp flashes twice.', 'tm', 'machine'],
        ['', null, 'untranslated'],
      ]);
      // A translation that comes with the text is kept.
      const given = await makeDocument(db, 'Gegeben', 'Die Lampe blinkt zweimal.', ['It blinks twice.']);
      expect([given[0]!.targetText, given[0]!.machineOrigin]).toEqual(['It blinks twice.', 'pasted']);
    });

    it('imports a TMX file into the memory once, and finds its pairs by concordance on either side', async () => {
      const db = database.db;
      const tmx = writeTmx({
        sourceLang: 'de',
        targetLang: 'en',
        units: [
          { id: '1', source: ['Die Sicherung ist durchgebrannt.'], target: ['The fuse has blown.'], state: 'approved', notes: [], issues: [], preserveSpace: true },
          { id: '2', source: ['Ersetzen Sie die Sicherung 100% sicher.'], target: ['Replace the fuse safely.'], state: 'approved', notes: [], issues: [], preserveSpace: true },
        ],
        creationDate: new Date('2026-12-01T10:00:00Z'),
        originalFormat: 'test',
      });
      const file = { name: 'werkstatt.tmx', bytes: new TextEncoder().encode(tmx) };
      expect(await importTmIntoMemory(db, { file, maxBytes: 1_000_000, who })).toMatchObject({ added: 2, skipped: 0, sourceLang: 'de', targetLang: 'en-US' });
      expect(await importTmIntoMemory(db, { file, maxBytes: 1_000_000, who })).toMatchObject({ added: 0, skipped: 2 });
      const [doc] = await makeDocument(db, 'Werkstatt', 'Die Sicherung ist defekt.', ['The fuse is broken.']);
      const bySource = await concordance(db, { documentId: doc!.documentId, q: 'sicherung', side: 'source', limit: 10 });
      expect(bySource.map((h) => [h.targetText, h.state, h.origin])).toEqual([
        ['Replace the fuse safely.', 'imported', 'werkstatt.tmx'],
        ['The fuse has blown.', 'imported', 'werkstatt.tmx'],
      ]);
      // LIKE wildcards in the query are literal: "100%" finds the one pair that has it.
      expect((await concordance(db, { documentId: doc!.documentId, q: '100%', side: 'both', limit: 10 })).map((h) => h.targetText)).toEqual(['Replace the fuse safely.']);
      expect(await concordance(db, { documentId: doc!.documentId, q: 'sicherung', side: 'target', limit: 10 })).toEqual([]);
      await expect(importTmIntoMemory(db, { file: { name: 'notes.txt', bytes: new TextEncoder().encode('x') }, maxBytes: 1000, who })).rejects.toMatchObject({
        code: 'unsupported-type',
      });
    });
  });
}

describe('the tm_units migration', () => {
  it('backfills segments approved (or changed by a person) before it existed', async () => {
    // The migrations up to the one before tm_units, a document with an approved and an unreviewed segment, then the rest.
    const before = mkdtempSync(path.join(tmpdir(), 'lektorat-tm-migrations-'));
    try {
      cpSync(migrationsFolder(), before, { recursive: true });
      const journalPath = path.join(before, 'meta/_journal.json');
      const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
      const at = journal.entries.findIndex((e) => e.tag === '0002_tm_units');
      writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
      const client = new PGlite({ extensions: { pg_trgm } });
      const db = drizzle(client, { schema });
      await migrate(db, { migrationsFolder: before });
      const [doc] = await db.insert(schema.documents).values({ title: 'Alt', sourceLang: 'de', targetLang: 'en-GB' }).returning();
      await db.insert(schema.segments).values([
        { documentId: doc!.id, position: 0, paragraphIndex: 0, sentenceIndex: 0, sourceText: 'Eins.', machineText: 'One.', targetText: 'One.', status: 'approved' },
        { documentId: doc!.id, position: 1, paragraphIndex: 0, sentenceIndex: 1, sourceText: 'Zwei.', machineText: 'Two.', targetText: 'Two.', status: 'machine' },
        { documentId: doc!.id, position: 2, paragraphIndex: 0, sentenceIndex: 2, sourceText: 'Drei.', machineText: 'Tree.', targetText: 'Three.', status: 'edited' },
      ]);
      await migrate(db, { migrationsFolder: migrationsFolder() });
      expect(await indexPendingTmUnits(db as unknown as Db)).toBe(2);
      const [later] = await db.insert(schema.documents).values({ title: 'Neu', sourceLang: 'de', targetLang: 'en-US' }).returning();
      const [seg] = await db
        .insert(schema.segments)
        .values({ documentId: later!.id, position: 0, paragraphIndex: 0, sentenceIndex: 0, sourceText: 'Drei Eins.', machineText: 'x', targetText: 'x', status: 'machine' })
        .returning();
      // The backfilled units are found like any other.
      expect((await segmentMatches(db as unknown as Db, seg!.id)).map((m) => m.targetText)).toEqual([]);
      expect((await lookUpMatches(db as unknown as Db, { sourceText: 'Drei!', sourceLang: 'de', targetLang: 'en-US' })).map((m) => [m.targetText, m.score])).toEqual([['Three.', 99]]);
      const units = await db.select().from(tmUnits).orderBy(tmUnits.sourceText);
      expect(units.map((u) => [u.sourceText, u.targetText, u.state, u.sourceLang, u.targetLang, u.origin])).toEqual([
        ['Drei.', 'Three.', 'edited', 'de', 'en', 'Alt'],
        ['Eins.', 'One.', 'approved', 'de', 'en', 'Alt'],
      ]);
      await client.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
  }, 90_000);
});
