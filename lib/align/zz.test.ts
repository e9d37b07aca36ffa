import { test } from 'vitest';
import { alignBlocks } from './align';
import { anchorsOf } from './anchors';
import type { Block } from '../segment';
import { readFileSync } from 'node:fs';
function blocks(...paragraphs: string[][]): Block[] {
  return paragraphs.map((sentences, index) => ({ index, type: 'paragraph', level: 0, marker: '', sentences }));
}
test('x', () => {
  const de = readFileSync('data/samples/xiaomi-leica.de.txt', 'utf8').split(/\n\s*\n/).map((p) => p.split(/(?<=[.!?])\s+/));
  const en = readFileSync('data/samples/xiaomi-leica.en.txt', 'utf8').split(/\n\s*\n/).map((p) => p.split(/(?<=[.!?])\s+/));
  const D: string[][] = [], E: string[][] = [];
  while (D.flat().length < 2000) { D.push(...de); E.push(...en); }
  console.log(D.length, D.flat().length);
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); alignBlocks(blocks(...D), blocks(...E), { sourceLang: 'de', targetLang: 'en' }); const eq = performance.now() - t;
    t = performance.now(); alignBlocks(blocks(...D), blocks(...E.filter((_, i) => i % 37 !== 3)), { sourceLang: 'de', targetLang: 'en' }); const miss = performance.now() - t;
    t = performance.now(); alignBlocks(blocks(D.flat()), blocks(E.flat().filter((_, i) => i % 100 !== 3)), { sourceLang: 'de', targetLang: 'en' }); const one = performance.now() - t;
    t = performance.now(); for (const s of D.flat()) anchorsOf(s); const anc = performance.now() - t;
    console.log({ eq, miss, one, anc });
  }
});
