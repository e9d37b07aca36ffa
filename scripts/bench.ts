/**
 * `npm run bench`: speed of the parts that run on every import and save, on real and varied text — sentence
 * pairs of the man-page corpus (data/corpus), DE→EN and the same pairs EN→DE — with translate-toolkit's
 * `pofilter` run on the same pairs in the same run. Prints one line per measurement; the README keeps the figures.
 */
// Usage: npx tsx scripts/bench.ts [--limit N] [--saves M] [--split dev|heldout]
//        (N pairs per direction, default 5,000; M saves, default 200; pairs of one split of the corpus, default all)
//        (--cold en-de: internal, the EN→DE cold run in a fresh child process)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { alignBlocks } from '../lib/align';
import { CHECKS, checkDocument, checkDocumentLevel, warmUp, type CheckContext, type Finding, type SegmentInput } from '../lib/checks';
import { parsePofilterOutput, POFILTER_CRITICAL, toPo } from '../lib/checks/eval';
import { loadCorpus, type CorpusPair } from '../lib/corpus';
import { findingsAfterSave, storedFindings, type StoredFinding } from '../lib/review';
import { segmentText } from '../lib/segment';
import { option, quantile } from './bench-args';

const POFILTER = '/usr/bin/pofilter';
/** GNU time (Debian package time), to read pofilter's processor time. */
const TIME = '/usr/bin/time';

/** Wall-clock time of `fn`, and the processor time this process spent in it (the machine may be shared). */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1e3, value };
}

const median = (xs: number[]) => quantile(xs, 0.5);

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
const fmt = (n: number) => n.toLocaleString('en');

/**
 * Texts as the checks get them in the app: read back from the database, so each is one flat string (text
 * built here by concatenation would be a rope that the engine flattens on first reading, which the app never pays).
 */
const asStored = (segments: SegmentInput[]): SegmentInput[] => JSON.parse(JSON.stringify(segments)) as SegmentInput[];

const limit = option('--limit', 5_000);
const saves = option('--saves', 200);
const splitAt = process.argv.indexOf('--split');
const split = splitAt < 0 ? undefined : z.enum(['dev', 'heldout']).parse(process.argv[splitAt + 1]);
const splitName = split ?? 'all splits';
// Tuning is measured on the dev split; the held-out split is for a final timing only.
const corpus = loadCorpus().filter((p) => split === undefined || p.split === split);
if (limit > corpus.length) throw new Error(`--limit ${limit}: the corpus (${splitName}) has ${corpus.length} pairs`);
// Spread over the whole corpus (it is sorted by page), so every kind of page is in the sample.
const picked: CorpusPair[] = Array.from({ length: limit }, (_, i) => corpus[Math.floor((i * corpus.length) / limit)]!);
const pickedIds = new Set(picked.map((p) => p.id));

const directions = [
  { name: 'DE→EN', ctx: { sourceLang: 'de', targetLang: 'en', glossary: [] } as CheckContext, source: 'de' as const, target: 'en' as const },
  { name: 'EN→DE', ctx: { sourceLang: 'en', targetLang: 'de', glossary: [] } as CheckContext, source: 'en' as const, target: 'de' as const },
];
const documentOf = (pairs: CorpusPair[], d: (typeof directions)[number]): SegmentInput[] =>
  asStored(pairs.map((p, i) => ({ id: i + 1, paragraph: i, source: p[d.source], target: p[d.target] })));

/** Segments with any finding, with a major or critical one, and per check the segments it flags. */
function alarmRates(findings: Map<number, Finding[]>) {
  const all = [...findings.values()];
  const byCheck: Record<string, number> = {};
  for (const f of all) for (const check of new Set(f.map((x) => x.check))) byCheck[check] = (byCheck[check] ?? 0) + 1;
  return {
    any: all.filter((f) => f.length > 0).length,
    major: all.filter((f) => f.some((x) => x.severity !== 'minor')).length,
    byCheck,
  };
}

/** "a 12, b 7, …": the most frequent names first. */
const ranking = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ${fmt(n)}`)
    .join(', ');

/**
 * The whole check suite, cold: the first run over these texts in a fresh process (only warmUp's two fixed
 * sentences checked before, to load the dictionaries), so no word of them is in any cache yet.
 */
function coldRun(d: (typeof directions)[number]) {
  const doc = documentOf(picked, d);
  const run = time(() => checkDocument(doc, d.ctx));
  return { doc, ms: run.ms, cpuMs: run.cpuMs, findings: run.value, count: [...run.value.values()].reduce((n, f) => n + f.length, 0), rates: alarmRates(run.value) };
}

const coldOnly = process.argv.indexOf('--cold');
if (coldOnly >= 0) {
  // Child mode: one direction's cold run, reported to the parent as one JSON line.
  const d = directions.find((x) => `${x.source}-${x.target}` === process.argv[coldOnly + 1]);
  if (!d) throw new Error('--cold takes de-en or en-de');
  warmUp();
  const { ms, cpuMs, count, rates } = coldRun(d);
  console.log(JSON.stringify({ ms, cpuMs, count, rates }));
  process.exit(0);
}

console.log(
  `Lektorat benchmark — ${fmt(limit)} sentence pairs of the man-page corpus (data/corpus, ${splitName}, ` +
    `${fmt(new Set(picked.map((p) => p.page)).size)} pages), each direction; Node ${process.version}`,
);

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

const load = time(() => warmUp());
console.log(`loading dictionaries and lexicon (first check of two fixed sentences): ${load.ms.toFixed(0)} ms`);

// DE→EN cold in this process; EN→DE, the same pairs reversed, in a fresh child process, since the same
// words checked here would otherwise be cached for it.
const deEn = { ...directions[0]!, ...coldRun(directions[0]!) };
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold', 'en-de', '--limit', String(limit), ...(split ? ['--split', split] : [])], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (child.status !== 0) throw new Error(`the EN→DE run failed: ${child.stderr}`);
const enDe = { ...directions[1]!, ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; cpuMs: number; count: number; rates: ReturnType<typeof alarmRates> }) };
const lektorat = [deEn, enDe];
for (const d of lektorat) {
  console.log(
    `whole check suite ${d.name}, cold (first run over these texts in a fresh process): ${d.ms.toFixed(0)} ms, ${perSecond(limit, d.ms)} segments/s ` +
      `(processor time ${d.cpuMs.toFixed(0)} ms, ${perSecond(limit, d.cpuMs)} segments/s), ${fmt(d.count)} findings`,
  );
}

// The same texts again: what re-checking an unchanged document costs (new settings or glossary), caches warm.
{
  const again = time(() => checkDocument(asStored(deEn.doc), deEn.ctx));
  console.log(`whole check suite DE→EN, same texts again (caches warm): ${again.ms.toFixed(0)} ms, ${perSecond(limit, again.ms)} segments/s`);
}

// Where the time goes: each check family alone, over pairs of the corpus not checked yet (cold for them).
const others = corpus.filter((p) => !pickedIds.has(p.id)).slice(0, 500);
if (others.length > 0) {
  const fresh = documentOf(others, directions[0]!);
  const ctx = directions[0]!.ctx;
  const byCheck = CHECKS.map((def) => {
    const ms = time(() => {
      if (def.run.kind === 'document') def.run.check(fresh, ctx);
      else for (const s of fresh) def.run.check(s, ctx);
    }).ms;
    return `${def.id} ${ms.toFixed(0)}`;
  });
  console.log(`  by check (ms over ${fmt(others.length)} other pairs DE→EN, in order; single run): ${byCheck.join(', ')}`);
}

// The rival on the same pairs: pofilter's default tests on a PO file (msgid = source, msgstr = target), timed whole.
const pofilter = existsSync(POFILTER) && existsSync(TIME)
  ? (() => {
      const dir = mkdtempSync(join(tmpdir(), 'lektorat-bench-'));
      try {
        // As the field runs it: `pofilter -i in.po -o out.po`, default tests, no --language (which adds a spell check).
        const run = (file: string) => {
          const out = join(dir, `out-${basename(file)}`);
          // GNU time reports the child's processor time (user and system seconds) on its last line of stderr.
          const result = time(() => spawnSync(TIME, ['-f', '%U %S', POFILTER, '--progress=none', '-i', file, '-o', out], { encoding: 'utf8' }));
          if (result.value.status !== 0) throw new Error(`pofilter failed: ${result.value.stderr}`);
          const [user, system] = result.value.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
          // pofilter writes no file when no unit fails.
          const failed = existsSync(out) ? parsePofilterOutput(readFileSync(out, 'utf8')) : new Map<string, string[]>();
          return { ms: result.ms, cpuMs: (user + system) * 1000, failed };
        };
        writeFileSync(join(dir, 'empty.po'), toPo([], 'en'));
        const startUp = run(join(dir, 'empty.po'));
        console.log(`pofilter start-up (a PO file without units): ${startUp.ms.toFixed(0)} ms (processor time ${startUp.cpuMs.toFixed(0)} ms)`);
        return directions.map((d) => {
          const file = join(dir, `${d.source}-${d.target}.po`);
          writeFileSync(file, toPo(picked.map((p) => ({ source: p[d.source], target: p[d.target] })), d.target));
          const { ms, cpuMs, failed } = run(file);
          const critical = [...failed.values()].filter((tests) => tests.some((t) => POFILTER_CRITICAL.has(t))).length;
          const byTest: Record<string, number> = {};
          for (const tests of failed.values()) for (const t of new Set(tests)) byTest[t] = (byTest[t] ?? 0) + 1;
          console.log(
            `pofilter ${d.name} (translate-toolkit, default tests, whole process): ${ms.toFixed(0)} ms, ${perSecond(limit, ms)} segments/s ` +
              `(processor time ${cpuMs.toFixed(0)} ms, ${perSecond(limit, cpuMs)} segments/s), ${fmt(failed.size)} units flagged`,
          );
          return { ms, cpuMs, any: failed.size, critical, byTest };
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })()
  : undefined;
if (!pofilter) console.log(`pofilter: ${POFILTER} (Debian package translate-toolkit) or ${TIME} (package time) not found; its figures and the ratio are skipped`);

lektorat.forEach((d, i) => {
  const rival = pofilter?.[i];
  if (!rival) return;
  console.log(
    `speed ratio ${d.name}, Lektorat cold ÷ pofilter in segments/s: ${(rival.ms / d.ms).toFixed(2)}× by the clock (${perSecond(limit, d.ms)} vs ${perSecond(limit, rival.ms)}), ` +
      `${(rival.cpuMs / d.cpuMs).toFixed(2)}× by processor time (target ≥ 10×)`,
  );
});
lektorat.forEach((d, i) => {
  const rival = pofilter?.[i];
  console.log(
    `false alarms ${d.name}, man-page pairs assumed correct, ${splitName} (${fmt(limit)}): Lektorat any finding ${percent(d.rates.any, limit)}, major or critical ${percent(d.rates.major, limit)}` +
      (rival ? `; pofilter any ${percent(rival.any, limit)}, critical category ${percent(rival.critical, limit)}` : ''),
  );
  console.log(`  segments flagged ${d.name} by check: ${ranking(d.rates.byCheck)}${rival ? `; by pofilter test: ${ranking(rival.byTest)}` : ''}`);
});

// A save's re-check, as recheckAfterSave computes it (its database reads and writes not included): the saved
// segment's checks, the document-level checks over the document, and the rows whose findings changed.
{
  const d = deEn;
  let doc = d.doc;
  const previous = new Map<number, StoredFinding[]>(doc.map((s) => [s.id, storedFindings(d.findings.get(s.id) ?? [], s)]));
  const words = (text: string) => text.split(' ');
  // Small real edits a reviewer makes: drop a word, take a word from another sentence, swap two words, add one.
  const edit = (target: string, other: string, i: number): string => {
    const w = words(target);
    const k = Math.floor(w.length / 2);
    const borrowed = words(other)[Math.floor(words(other).length / 2)] ?? 'also';
    if (i % 4 === 0) w.splice(k, 1);
    else if (i % 4 === 1) w[k] = borrowed;
    else if (i % 4 === 2) [w[k - 1], w[k]] = [w[k]!, w[k - 1]!];
    else w.splice(k, 0, borrowed);
    return w.join(' ');
  };
  const count = Math.min(saves, doc.length);
  const total: number[] = [];
  const docLevel: number[] = [];
  for (let i = 0; i < count; i++) {
    // A stride prime to the document's length: every save edits a different segment.
    const k = (i * 2_417) % doc.length;
    const [edited] = asStored([{ ...doc[k]!, target: edit(doc[k]!.target, doc[(k + 1) % doc.length]!.target, i) }]) as [SegmentInput];
    // New objects for every segment, as a save reads them from the database.
    doc = doc.map((s) => (s.id === edited.id ? edited : { ...s }));
    const run = time(() => findingsAfterSave(doc, edited.id, previous, d.ctx));
    total.push(run.ms);
    for (const row of run.value) previous.set(row.seg.id, storedFindings(row.findings, row.seg));
    // The document-level part alone, once more after the save; the rest of the total is the saved segment's checks.
    docLevel.push(time(() => checkDocumentLevel(doc, d.ctx)).ms);
  }
  console.log(
    `re-check after one save (${fmt(count)} saves, each a different segment with a small edit, ${fmt(doc.length)}-segment document DE→EN, ` +
      `database reads and writes not included): p50 ${median(total).toFixed(1)} ms, p95 ${quantile(total, 0.95).toFixed(1)} ms (target < 10 ms), ` +
      `max ${Math.max(...total).toFixed(1)} ms; of which the document-level checks p50 ${median(docLevel).toFixed(1)} ms, p95 ${quantile(docLevel, 0.95).toFixed(1)} ms`,
  );
}

// Segmentation and block alignment on the corpus text: the German and English sides as documents, one
// paragraph per run of five sentences of a page. Only pairs that end in . ! or ? on both sides: an option's
// description without a full stop runs into the next sentence once joined, on the page as here.
{
  const ENDED = /[.!?][)"'»«“”’]*$/u;
  const prose = picked.filter((p) => ENDED.test(p.de) && ENDED.test(p.en));
  const paragraphs = (lang: 'de' | 'en') => {
    const out: string[] = [];
    let run: string[] = [];
    prose.forEach((p, i) => {
      run.push(p[lang]);
      if (run.length === 5 || prose[i + 1]?.page !== p.page) {
        out.push(run.join(' '));
        run = [];
      }
    });
    return out.join('\n\n');
  };
  const seg = time(() => segmentText(paragraphs('de'), 'de', 'txt'));
  const sentences = seg.value.flatMap((b) => b.sentences).length;
  console.log(`segmentation: ${seg.ms.toFixed(0)} ms for ${fmt(sentences)} sentences found in ${fmt(prose.length)} joined (the sample's pairs ending in . ! or ?; ${fmt(seg.value.length)} paragraphs)`);
  const target = segmentText(paragraphs('en'), 'en', 'txt');
  const al = time(() => alignBlocks(seg.value, target, { sourceLang: 'de', targetLang: 'en' }));
  const truth = new Map(prose.map((p) => [p.de, p.en]));
  const exact = al.value.pairs.filter((p) => p.source.length === 1 && truth.get(p.sourceText) === p.targetText).length;
  console.log(`alignment of a pasted translation: ${al.ms.toFixed(0)} ms for ${fmt(al.value.pairs.length)} pairs, ${percent(exact, prose.length)} of the corpus pairs found exactly`);
}
