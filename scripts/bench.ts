/**
 * `npm run bench`: speed of the parts that run on every import and save, on a 5,000-segment document.
 * Prints one line per measurement; the README keeps the latest figures.
 */
import { readFileSync } from 'node:fs';
import { alignBlocks } from '../lib/align';
import { CHECKS, checkDocument, checkDocumentLevel, checkSegment, type CheckContext, type SegmentInput } from '../lib/checks';
import { alignedTargets } from '../lib/review/seed';
import { segmentText } from '../lib/segment';

const SEGMENTS = 5_000;
const ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [{ source: 'Maßnahme', target: 'measure', forbidden: ['action'] }] };

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// A realistic pool: the sample article's sentence pairs, made distinct with a running number as real documents are.
const de = readFileSync('data/samples/xiaomi-leica.de.txt', 'utf8');
const en = readFileSync('data/samples/xiaomi-leica.en.txt', 'utf8');
const sources = segmentText(de, 'de', 'txt').flatMap((b) => b.sentences);
const targets = alignedTargets(de, en, 'txt', 'de');
/**
 * Texts as the checks get them in the app: read back from the database, so each is one flat string (text
 * built here by concatenation would be a rope that the engine flattens on first reading, which the app never pays).
 */
const asStored = (segments: SegmentInput[]): SegmentInput[] => JSON.parse(JSON.stringify(segments)) as SegmentInput[];

const doc: SegmentInput[] = asStored(Array.from({ length: SEGMENTS }, (_, i) => ({
  id: i + 1,
  paragraph: Math.floor(i / 3),
  source: `${sources[i % sources.length]} (${i})`,
  target: `${targets[i % targets.length]} (${i})`,
})));

console.log(`Lektorat benchmark — ${SEGMENTS.toLocaleString('en')} segments, Node ${process.version}, one process`);

/**
 * A fixed workload that uses none of Lektorat's code (a regex word scan and a word count in a Map, the
 * kind of work the checks do): machines differ by several times, so figures from two machines are
 * compared by this one.
 */
function machineReference(): number {
  const words = 'Die Zusammenarbeit zwischen Xiaomi und Leica wurde im Juli 2022 für weitere Smartphones verlängert'.split(' ');
  const text = Array.from({ length: 200_000 }, (_, i) => `${words[i % words.length]}${i % 7 === 0 ? i : ''}`).join(' ');
  return median([1, 2, 3].map(() => time(() => {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts.size;
  }).ms));
}
console.log(`machine reference (regex scan + Map count of 200,000 words, no Lektorat code): ${machineReference().toFixed(0)} ms`);

const load = time(() => checkSegment(doc[0]!, ctx));
console.log(`first check incl. loading dictionaries and lexicon: ${load.ms.toFixed(0)} ms`);

const cold = time(() => checkDocument(doc, ctx));
const findings = [...cold.value.values()].reduce((n, f) => n + f.length, 0);
console.log(`whole check suite, first run: ${cold.ms.toFixed(0)} ms (${Math.round((SEGMENTS / cold.ms) * 1000).toLocaleString('en')} segments/s), ${findings.toLocaleString('en')} findings`);
// Fresh documents of the same kind (new texts, warm code): what the next import costs. Three of them,
// because timings on shared machines vary from run to run; the median is the figure.
const nexts = [1, 2, 3].map((n) => {
  const fresh = asStored(doc.map((s) => ({ ...s, source: `${s.source}${' '.repeat(n)}`, target: `${s.target}${' '.repeat(n)}` })));
  return time(() => checkDocument(fresh, ctx)).ms;
});
const warm = median(nexts);
console.log(`whole check suite, next document: ${warm.toFixed(0)} ms median of ${nexts.map((ms) => ms.toFixed(0)).join(', ')} (${Math.round((SEGMENTS / warm) * 1000).toLocaleString('en')} segments/s)`);

// Where the time goes: each check family alone over a fresh document, in the order checkDocument runs them.
const perCheck = (() => {
  const fresh = asStored(doc.map((s) => ({ ...s, source: `${s.source}    `, target: `${s.target}    ` })));
  return CHECKS.map((def) => {
    const ms = time(() => {
      if (def.run.kind === 'document') def.run.check(fresh, ctx);
      else for (const s of fresh) def.run.check(s, ctx);
    }).ms;
    return `${def.id} ${ms.toFixed(0)}`;
  });
})();
console.log(`  by check (ms, one more document, single run: a garbage collection can land in any of them): ${perCheck.join(', ')}`);

// One save: the edited segment's checks plus the document-level checks.
const saves: number[] = [];
const segOnly: number[] = [];
for (let i = 0; i < 60; i++) {
  const k = (i * 241) % SEGMENTS;
  const [edited] = asStored([{ ...doc[k]!, target: `${doc[k]!.target} edited ${i}` }]) as [SegmentInput];
  // New objects for every segment, as a save reads them from the database.
  const next = doc.map((s) => (s.id === edited.id ? edited : { ...s }));
  saves.push(time(() => {
    checkSegment(edited, ctx);
    checkDocumentLevel(next, ctx);
  }).ms);
  segOnly.push(time(() => checkSegment(edited, ctx)).ms);
}
console.log(`re-check after one save: ${median(saves).toFixed(1)} ms median (segment checks alone ${median(segOnly).toFixed(2)} ms, the rest is document-level consistency)`);

const text = Array.from({ length: SEGMENTS }, (_, i) => sources[i % sources.length]).join(' ').replace(/(.{1,2000}?[.!?]) /g, '$1\n\n');
const seg = time(() => segmentText(text, 'de', 'txt'));
console.log(`segmentation: ${seg.ms.toFixed(0)} ms for ${seg.value.flatMap((b) => b.sentences).length.toLocaleString('en')} sentences`);
const srcBlocks = seg.value;
const tgtBlocks = segmentText(Array.from({ length: SEGMENTS }, (_, i) => targets[i % targets.length]).join(' ').replace(/(.{1,2000}?[.!?]) /g, '$1\n\n'), 'en', 'txt');
const al = time(() => alignBlocks(srcBlocks, tgtBlocks, { sourceLang: 'de', targetLang: 'en' }));
console.log(`alignment of a pasted translation: ${al.ms.toFixed(0)} ms for ${al.value.pairs.length.toLocaleString('en')} pairs`);
