import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alignment } from './align';
import { goldLinks, parseGoldPairs, scoreAlignment, type GoldPair } from './eval';
import { tokenize } from './tokenize';

const pair: GoldPair = {
  id: 't-1',
  doc: 't',
  split: 'dev',
  genre: 'test',
  de: 'Der Zug fährt um acht Uhr ab.',
  en: 'The train leaves at eight.',
  links: ['Zug=train', 'fährt+ab=leaves', 'acht=eight'],
};

/** An aligner that returns fixed links (with optional confidences) on the real tokens. */
function fixed(links: [number, number][], confidence?: number[]) {
  return (de: string, en: string): Alignment => ({ sourceTokens: tokenize(de, 'de'), targetTokens: tokenize(en, 'en'), links, confidence });
}

describe('alignment evaluation', () => {
  it('resolves gold words to token indices, dropping function ↔ function links', () => {
    const links = goldLinks(pair, tokenize(pair.de, 'de'), tokenize(pair.en, 'en'));
    // Zug(1)=train(1), fährt(2)=leaves(2), ab(6)=leaves(2), acht(4)=eight(4)
    expect([...links].sort()).toEqual(['1:1', '2:2', '4:4', '6:2']);
  });

  it('throws on a gold word the sentence does not have', () => {
    expect(() => goldLinks({ ...pair, links: ['Bus=train'] }, tokenize(pair.de, 'de'), tokenize(pair.en, 'en'))).toThrow(/no token "Bus"/);
  });

  it('counts precision and recall over links, and filters by confidence', () => {
    // Right: Zug=train, acht=eight; wrong: Zug=eight.
    const score = scoreAlignment([pair], fixed([[1, 1], [4, 4], [1, 4]], [0.9, 0.9, 0.2]));
    expect(score).toMatchObject({ gold: 4, predicted: 3, correct: 2 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(0.5);
    const sure = scoreAlignment([pair], fixed([[1, 1], [4, 4], [1, 4]], [0.9, 0.9, 0.2]), 0.5);
    expect(sure).toMatchObject({ predicted: 2, correct: 2 });
  });

  it('rejects a malformed line with its number', () => {
    expect(() => parseGoldPairs(`${JSON.stringify(pair)}\n{"id":"x"}`)).toThrow(/line 2/);
  });

  it('the shipped gold set parses, every link names real tokens, and both splits hold 20+ pairs', () => {
    const pairs = parseGoldPairs(readFileSync(join(__dirname, '../../data/eval/alignment.de-en.jsonl'), 'utf8'));
    for (const p of pairs) expect(goldLinks(p, tokenize(p.de, 'de'), tokenize(p.en, 'en')).size).toBeGreaterThan(0);
    expect(pairs.filter((p) => p.split === 'dev').length).toBeGreaterThanOrEqual(20);
    expect(pairs.filter((p) => p.split === 'test').length).toBeGreaterThanOrEqual(20);
    // Split by document: no document in both.
    const dev = new Set(pairs.filter((p) => p.split === 'dev').map((p) => p.doc));
    expect(pairs.filter((p) => p.split === 'test').some((p) => dev.has(p.doc))).toBe(false);
  });
});
