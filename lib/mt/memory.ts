/** Translation memory: answers already paid for, keyed by engine, languages and source text, so no sentence is sent twice. */
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { translationMemory } from '../db/schema';
import type { SourceLang, TargetLang } from '../lang';

export interface MemoryEntry {
  key: string;
  engine: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  sourceText: string;
  targetText: string;
}

export interface MemoryStore {
  /** The stored target texts of the keys that are known; unknown keys are absent. */
  get(keys: string[]): Promise<Map<string, string>>;
  /** Stores entries; a key already stored keeps its first translation. */
  put(entries: MemoryEntry[]): Promise<void>;
}

/**
 * sha256 over the engine id (which carries its options), both languages, the exact source text and,
 * when one is used, the glossary id (a DeepL glossary never changes, so its id stands for its terms).
 */
export function memoryKey(
  engine: string,
  sourceLang: SourceLang,
  targetLang: TargetLang,
  sourceText: string,
  glossaryId?: string,
): string {
  // JSON keeps the parts apart, so no choice of texts can make two different inputs collide.
  // Without a glossary the key is the one stored before glossaries existed.
  const parts = glossaryId ? [engine, sourceLang, targetLang, sourceText, glossaryId] : [engine, sourceLang, targetLang, sourceText];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** A memory that lives as long as the process; for tests and for running without a database. */
export function inMemoryStore(): MemoryStore {
  const entries = new Map<string, string>();
  return {
    async get(keys) {
      const found = new Map<string, string>();
      for (const key of keys) {
        const text = entries.get(key);
        if (text !== undefined) found.set(key, text);
      }
      return found;
    },
    async put(list) {
      for (const entry of list) if (!entries.has(entry.key)) entries.set(entry.key, entry.targetText);
    },
  };
}

/** Rows per statement; keeps the bound parameters far below PostgreSQL's 65 535. */
const CHUNK = 1000;

/** The memory in the `translation_memory` table, shared by all documents and users. */
export function dbMemoryStore(db: Db): MemoryStore {
  return {
    async get(keys) {
      const found = new Map<string, string>();
      const unique = [...new Set(keys)];
      for (let i = 0; i < unique.length; i += CHUNK) {
        const rows = await db
          .select({ key: translationMemory.key, targetText: translationMemory.targetText })
          .from(translationMemory)
          .where(inArray(translationMemory.key, unique.slice(i, i + CHUNK)));
        for (const row of rows) found.set(row.key, row.targetText);
      }
      return found;
    },
    async put(entries) {
      for (let i = 0; i < entries.length; i += CHUNK) {
        await db
          .insert(translationMemory)
          .values(entries.slice(i, i + CHUNK))
          .onConflictDoNothing({ target: translationMemory.key });
      }
    },
  };
}
