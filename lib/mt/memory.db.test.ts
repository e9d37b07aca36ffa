import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { translationMemory } from '../db/schema';
import { testTargets } from '../db/testing';
import { dbMemoryStore, memoryKey, type MemoryEntry } from './memory';

function entry(sourceText: string, targetText: string): MemoryEntry {
  return {
    key: memoryKey('deepl', 'de', 'en-GB', sourceText),
    engine: 'deepl',
    sourceLang: 'de',
    targetLang: 'en-GB',
    sourceText,
    targetText,
  };
}

for (const target of testTargets()) {
  describe(`dbMemoryStore on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('stores entries and finds them by key', async () => {
      const store = dbMemoryStore(database.db);
      await store.put([entry('Guten Tag.', 'Good day.'), entry('Danke.', 'Thank you.')]);
      const found = await store.get([entry('Danke.', '').key, entry('Unbekannt.', '').key]);
      expect(Object.fromEntries(found)).toEqual({ [entry('Danke.', '').key]: 'Thank you.' });
      const [row] = await database.db.select().from(translationMemory).limit(1);
      expect(row).toMatchObject({ engine: 'deepl', sourceLang: 'de', targetLang: 'en-GB' });
    });

    it('keeps the first translation of a key, also within one put', async () => {
      const store = dbMemoryStore(database.db);
      await store.put([entry('Ja.', 'Yes.'), entry('Ja.', 'Yeah.')]);
      await store.put([entry('Ja.', 'Yep.')]);
      expect((await store.get([entry('Ja.', '').key])).get(entry('Ja.', '').key)).toBe('Yes.');
    });

    it('handles nothing and more keys than fit one statement', async () => {
      const store = dbMemoryStore(database.db);
      await store.put([]);
      expect((await store.get([])).size).toBe(0);
      const many = Array.from({ length: 1200 }, (_, i) => entry(`Satz ${i}.`, `Sentence ${i}.`));
      await store.put(many);
      const found = await store.get(many.map((e) => e.key));
      expect(found.size).toBe(1200);
      expect(found.get(many[1199]!.key)).toBe('Sentence 1199.');
    });
  });
}
