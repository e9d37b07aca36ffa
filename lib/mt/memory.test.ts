import { describe, expect, it } from 'vitest';
import { inMemoryStore, memoryKey, type MemoryEntry } from './memory';

function entry(sourceText: string, targetText: string, engine = 'deepl'): MemoryEntry {
  return { key: memoryKey(engine, 'de', 'en-US', sourceText), engine, sourceLang: 'de', targetLang: 'en-US', sourceText, targetText };
}

describe('memoryKey', () => {
  it('is a sha256 hex digest that changes with every part', () => {
    const key = memoryKey('deepl', 'de', 'en-US', 'Hallo.');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(memoryKey('deepl', 'de', 'en-US', 'Hallo.')).toBe(key);
    expect(
      new Set([
        key,
        memoryKey('deepl:quality_optimized', 'de', 'en-US', 'Hallo.'),
        memoryKey('deepl', 'de', 'en-GB', 'Hallo.'),
        memoryKey('deepl', 'en', 'en-US', 'Hallo.'),
        memoryKey('deepl', 'de', 'en-US', 'Hallo. '),
      ]).size,
    ).toBe(5);
  });

  it('cannot be made to collide by moving text between the parts', () => {
    expect(memoryKey('deepl', 'de', 'en-US', 'a","b')).not.toBe(memoryKey('deepl","de', 'de', 'en-US', 'a'));
  });
});

describe('inMemoryStore', () => {
  it('returns only known keys and keeps the first translation of a key', async () => {
    const store = inMemoryStore();
    await store.put([entry('Hallo.', 'Hello.')]);
    await store.put([entry('Hallo.', 'Hi.'), entry('Tschüss.', 'Bye.')]);
    const found = await store.get([entry('Hallo.', '').key, entry('Tschüss.', '').key, entry('Neu.', '').key]);
    expect([...found.values()]).toEqual(['Hello.', 'Bye.']);
  });
});
