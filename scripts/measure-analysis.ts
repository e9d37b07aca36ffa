/**
 * Measures lib/analysis on real text in a fresh process: data load time and memory, then tokens per second of
 * `analyse` over every distinct German and English sentence of the given files; optionally compares the English
 * part-of-speech tags with the `compromise` tagger (not a dependency: pass the node_modules dir it is installed in).
 */
// Usage: npx tsx scripts/measure-analysis.ts [--compromise /tmp/analysis-pkgs/node_modules] [--sample 200] [--split dev|heldout] file.jsonl[.gz] …
// Lines are {de, en} (the man-page corpus) or {source, target, sourceLang, targetLang} (data/eval/*.jsonl).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyse, type Pos } from '../lib/analysis';
import { closedClass } from '../lib/analysis/closed';
import { englishLexicon } from '../lib/analysis/english-lexicon';
import { germanLexicon } from '../lib/analysis/german-lexicon';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const compromiseDir = option('--compromise');
const sampleSize = Number(option('--sample') ?? 200);
/** The corpus split the tense pairs and the compromise sample come from; rules were tuned on dev only. */
const split = option('--split') ?? 'dev';
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

const texts: Record<'de' | 'en', Set<string>> = { de: new Set(), en: new Set() };
/** Parallel pairs of the chosen split, for the tense confusion of correct translations. */
const devPairs: [string, string][] = [];
/** English sentences of the chosen split (or of files without splits), for the comparison with compromise. */
const englishSample: string[] = [];
for (const file of args) {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    if (typeof row.de === 'string' && typeof row.en === 'string' && row.split === split) devPairs.push([row.de, row.en]);
    if (typeof row.en === 'string' && (row.split === undefined || row.split === split)) englishSample.push(row.en);
    else if (row.split === undefined && typeof row.target === 'string' && String(row.targetLang).startsWith('en')) englishSample.push(row.target);
    else if (row.split === undefined && typeof row.source === 'string' && row.sourceLang === 'en') englishSample.push(row.source);
    if (typeof row.de === 'string') texts.de.add(row.de);
    if (typeof row.en === 'string') texts.en.add(row.en);
    if (typeof row.source === 'string' && (row.sourceLang === 'de' || row.sourceLang === 'en')) texts[row.sourceLang].add(row.source);
    if (typeof row.target === 'string' && typeof row.targetLang === 'string') texts[row.targetLang.startsWith('en') ? 'en' : 'de'].add(row.target);
  }
}

const before = process.memoryUsage();
let started = performance.now();
germanLexicon();
const germanMs = performance.now() - started;
started = performance.now();
englishLexicon();
closedClass('de');
closedClass('en');
const englishMs = performance.now() - started;
globalThis.gc?.();
const after = process.memoryUsage();
console.log(
  `load: German lexicon ${germanMs.toFixed(0)} ms, English lexicon + closed classes ${englishMs.toFixed(0)} ms; ` +
    `heap +${mb(after.heapUsed - before.heapUsed)} MB, rss +${mb(after.rss - before.rss)} MB${globalThis.gc ? '' : ' (run with node --expose-gc for a settled heap figure)'}`,
);

for (const lang of ['de', 'en'] as const) {
  const list = [...texts[lang]];
  if (list.length === 0) continue;
  let tokens = 0;
  started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of list) tokens += analyse(text, lang).tokens.length;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${lang}: ${list.length} distinct sentences, ${tokens} tokens: ${Math.round(tokens / cpuSeconds)} tokens/s of CPU time ` +
      `(${Math.round(list.length / cpuSeconds)} sentences/s; wall clock ${Math.round(tokens / seconds)} tokens/s on a shared machine), cold start, first pass`,
  );
}
globalThis.gc?.();
console.log(`heap after analysing (5,000 analyses cached): ${mb(process.memoryUsage().heapUsed)} MB`);

if (devPairs.length > 0) {
  // Tense of the first main-clause verb group on each side of a correct pair: what a tense check would see.
  const confusion = new Map<string, number>();
  let both = 0;
  for (const [de, en] of devPairs) {
    const tense = (lang: 'de' | 'en', text: string) => {
      const a = analyse(text, lang);
      const g = a.verbGroups.find((x) => a.clauses[x.clause]!.kind === 'main' && x.finite !== undefined);
      return g === undefined ? undefined : g.imperative ? 'imperative' : g.tense;
    };
    const d = tense('de', de);
    const e = tense('en', en);
    if (d === undefined || e === undefined) continue;
    both++;
    confusion.set(`${d}→${e}`, (confusion.get(`${d}→${e}`) ?? 0) + 1);
  }
  const rows = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, n]) => `${k} ${((100 * n) / both).toFixed(1)} %`);
  console.log(`tense of the first main-clause verb group, German→English, ${both} ${split} pairs with one on each side: ${rows.join(', ')}`);
}

if (compromiseDir) {
  type Term = { text: string; tags: string[]; offset: { start: number; length: number } };
  type Nlp = (text: string) => { json: (o: object) => { terms: Term[] }[] };
  const nlp = ((await import(pathToFileURL(join(compromiseDir, 'compromise', 'src', 'three.js')).href)) as { default: Nlp }).default;
  // Compromise tags, most specific first, mapped onto the analysis's parts of speech.
  const MAP: [string, Pos][] = [
    ['ProperNoun', 'propn'], ['Pronoun', 'pron'], ['Possessive', 'pron'], ['Determiner', 'det'], ['Preposition', 'adp'],
    ['Conjunction', 'conj'], ['Modal', 'modal'], ['Auxiliary', 'aux'], ['Copula', 'aux'], ['Negative', 'part'],
    ['Value', 'num'], ['Verb', 'verb'], ['Adjective', 'adj'], ['Adverb', 'adv'], ['Noun', 'noun'],
  ];
  const posOf = (tags: string[]): Pos => MAP.find(([t]) => tags.includes(t))?.[1] ?? 'x';
  const coarse = (p: Pos) => (p === 'aux' || p === 'modal' ? 'verb' : p === 'propn' ? 'noun' : p);
  const sample = [...new Set(englishSample)].slice(0, sampleSize);
  const examples = new Map<string, string[]>();
  started = performance.now();
  const theirs = sample.map((s) => nlp(s).json({ offset: true, terms: { offset: true } }));
  const theirMs = performance.now() - started;
  started = performance.now();
  for (const s of sample) analyse(`${s} `, 'en');
  const ourMs = performance.now() - started;
  let compared = 0;
  let same = 0;
  let sameCoarse = 0;
  const confusion = new Map<string, number>();
  sample.forEach((s, k) => {
    const ours = new Map(analyse(s, 'en').tokens.map((t) => [t.start, t]));
    for (const sentence of theirs[k]!) {
      for (const term of sentence.terms) {
        const t = ours.get(term.offset.start);
        if (!t || t.pos === 'punct' || term.text === '') continue;
        const p = posOf(term.tags);
        compared++;
        if (p === t.pos) same++;
        else {
          const key = `${t.pos}→${p}`;
          confusion.set(key, (confusion.get(key) ?? 0) + 1);
          const list = examples.get(key) ?? [];
          if (list.length < 8) examples.set(key, [...list, t.text]);
        }
        if (coarse(p) === coarse(t.pos)) sameCoarse++;
      }
    }
  });
  const top = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `${k} ${n} (${examples.get(k)!.join(' ')})`).join('; ');
  console.log(
    `compromise on ${sample.length} English sentences (${split} split where the file has splits) (${compared} word tokens compared): agreement ${((100 * same) / compared).toFixed(1)} % ` +
      `(${((100 * sameCoarse) / compared).toFixed(1)} % with aux/modal = verb, propn = noun); ` +
      `compromise ${(theirMs / sample.length).toFixed(2)} ms/sentence, analyse ${(ourMs / sample.length).toFixed(2)} ms/sentence (warm lexicon, new texts)`,
  );
  console.log(`most frequent disagreements (ours→compromise): ${top}`);
}
