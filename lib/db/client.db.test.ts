import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { documents, segments } from './schema';
import { testTargets } from './testing';

for (const target of testTargets()) {
  describe(`database on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('applies the migrations and stores a document with its segments', async () => {
      const { db } = database;
      const [doc] = await db
        .insert(documents)
        .values({ title: 'T', sourceLang: 'de', targetLang: 'en-US' })
        .returning();
      expect(doc!.provenance).toBe('none');
      await db.insert(segments).values([
        { documentId: doc!.id, position: 0, paragraphIndex: 0, sentenceIndex: 0, sourceText: 'Hallo.' },
      ]);
      const rows = await db.select().from(segments).where(eq(segments.documentId, doc!.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe('untranslated');
    });
  });
}
