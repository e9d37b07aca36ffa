import { describe, expect, it } from 'vitest';
import { corpusSplit } from './split';
import { loadCorpus, parseCorpus } from './load';

describe('parseCorpus', () => {
  it('reads JSON lines and names the line that does not fit', () => {
    const good = JSON.stringify({ id: 'man1/ls.1#1', page: 'man1/ls.1', split: 'dev', de: 'Hallo Welt.', en: 'Hello world.' });
    expect(parseCorpus(`${good}\n`)).toHaveLength(1);
    expect(() => parseCorpus(`${good}\n{"id":"x","page":"ls","split":"dev","de":"a","en":"b"}\n`)).toThrow(/line 2/);
  });
});

describe('the shipped corpus', () => {
  const pairs = loadCorpus();
  it('holds at least 8,000 distinct sentence pairs, each sentence once', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8000);
    expect(new Set(pairs.map((p) => p.de)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.en)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
  });
  it('puts every pair in the split its page hashes to', () => {
    expect(pairs.filter((p) => p.split !== corpusSplit(p.page))).toEqual([]);
  });
});
