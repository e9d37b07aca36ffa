/**
 * `npm run bench:tm`: fuzzy look-up in a translation memory of 100,000 pairs built from the man-page corpus
 * (data/corpus), on PGlite and — with TEST_DATABASE_URL or DATABASE_URL — on PostgreSQL, beside the rival a
 * memory without an index would be: scoring every stored source in process. Prints p50/p95 and the ratio.
 */
// Usage: npx tsx scripts/bench-tm.ts [--pairs N] [--queries Q] [--rival R]
//        [--trigram T]
//        (N pairs in the memory, default 100,000; Q timed look-ups, default 300; R of them also scanned by brute force,
//        default 10; T of them also by pg_trgm's similarity operator, default 10)
import { type Database, openDatabase } from '../lib/db/client';
import { tmUnits } from '../lib/db/schema';
import { createScratchPostgres } from '../lib/db/testing';
import { loadCorpus } from '../lib/corpus';
import { sql } from 'drizzle-orm';
import { addImportedPairs, lookUpMatches, rankMatches } from '../lib/review';
import { option, quantile } from './bench-args';


const PAIRS = option('--pairs', 100_000);
const QUERIES = option('--queries', 300);
const RIVAL = option('--rival', 10);
const TRIGRAM = option('--trigram', 10);

const words = (s: string) => s.split(' ');

/**
 * Each corpus pair (20,368) as it is, then again with one source word left out — a different word each round — until
 * the memory holds PAIRS: many near-duplicate sources, the hard case for a trigram index (many candidates).
 */
function memoryPairs(): { source: string; target: string }[] {
  const corpus = loadCorpus();
  const out: { source: string; target: string }[] = [];
  // Distinct pairs only: the memory keeps one of each (a short sentence loses the same word in two rounds).
  const seen = new Set<string>();
  for (let round = 0; out.length < PAIRS && round <= 50; round++) {
    for (const p of corpus) {
      if (out.length >= PAIRS) break;
      const w = words(p.de);
      if (round > 0 && w.length <= 3) continue;
      const source = round === 0 ? p.de : w.filter((_, i) => i !== (round * 7) % w.length).join(' ');
      const key = `${source}\u0000${p.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ source, target: p.en });
    }
  }
  return out;
}

/** Look-up texts: corpus sources of 4+ words with one word replaced by a word of another sentence (an edited repeat). */
function queries(): string[] {
  const corpus = loadCorpus().filter((p) => words(p.de).length >= 4);
  const step = Math.max(1, Math.floor(corpus.length / QUERIES));
  const out: string[] = [];
  for (let i = 0; out.length < QUERIES && i < corpus.length; i += step) {
    const w = words(corpus[i]!.de);
    const donor = words(corpus[(i * 31 + 17) % corpus.length]!.de);
    w[(i * 13) % w.length] = donor[i % donor.length]!;
    out.push(w.join(' '));
  }
  return out;
}

const TRIGRAM_INDEXES = ['tm_units_source_trgm', 'tm_units_target_trgm'];

/**
 * Stores the pairs the way a TMX import does (units and their look-up words). The trigram indexes take the rows into
 * their pending list meanwhile and merge them once (VACUUM), as a bulk load would; row by row it took over 20 minutes.
 */
async function fill(database: Database, pairs: { source: string; target: string }[]): Promise<number> {
  const start = performance.now();
  for (const index of TRIGRAM_INDEXES) await database.db.execute(sql.raw(`ALTER INDEX ${index} SET (fastupdate = on)`));
  const { added } = await addImportedPairs(database.db, { sourceLang: 'de', targetLang: 'en-US', origin: 'bench', pairs });
  if (added !== pairs.length) throw new Error(`${pairs.length - added} pairs were not stored`);
  await database.db.execute(sql.raw('VACUUM ANALYZE tm_units'));
  for (const index of TRIGRAM_INDEXES) await database.db.execute(sql.raw(`ALTER INDEX ${index} SET (fastupdate = off)`));
  return performance.now() - start;
}

/** The other way pg_trgm offers: its similarity operator on the GIN index, top 30 — the look-up before the word filter. */
async function trigramRival(database: Database, texts: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const q of texts) {
    const t = performance.now();
    await database.db.execute(
      sql`select id from ${tmUnits} where ${tmUnits.sourceText} % ${q} order by similarity(${tmUnits.sourceText}, ${q}) desc limit 30`,
    );
    times.push(performance.now() - t);
  }
  return times;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function run(name: string, database: Database, pairs: { source: string; target: string }[], texts: string[]) {
  const fillMs = await fill(database, pairs);
  console.log(`${name}: ${pairs.length.toLocaleString('en')} pairs stored in ${(fillMs / 1000).toFixed(1)} s`);
  await database.db.execute(sql.raw('ANALYZE tm_words'));
  // Warm-up: the first queries load the index pages.
  for (const q of texts.slice(0, 5)) await lookUpMatches(database.db, { sourceText: q, sourceLang: 'de', targetLang: 'en-US' });
  const times: number[] = [];
  const found: number[] = [];
  for (const q of texts) {
    const t = performance.now();
    const matches = await lookUpMatches(database.db, { sourceText: q, sourceLang: 'de', targetLang: 'en-US' });
    times.push(performance.now() - t);
    found.push(matches[0]?.score ?? 0);
  }
  console.log(`${name}: fuzzy look-up (rare-word filter, top 3 >= 70 %) p50 ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(Math.max(...times))} over ${texts.length} look-ups; ${found.filter((s) => s > 0).length} found a match`);
  return { times, found };
}

/** The rival: every stored source scored word by word in process, best three kept — what a memory without an index must do. */
function bruteForce(pairs: { source: string; target: string }[], texts: string[]) {
  const rows = pairs.map((p, i) => ({ id: i, sourceText: p.source, targetText: p.target, state: 'imported' as const, origin: 'bench', documentId: null, updatedAt: new Date(0) }));
  const times: number[] = [];
  const found: number[] = [];
  for (const q of texts) {
    const t = performance.now();
    const matches = rankMatches(q, rows).slice(0, 3);
    times.push(performance.now() - t);
    found.push(matches[0]?.score ?? 0);
  }
  return { times, found };
}

async function main() {
  const pairs = memoryPairs();
  const texts = queries();
  const rivalTexts = texts.slice(0, RIVAL);
  const rival = bruteForce(pairs, rivalTexts);
  const rivalP50 = quantile(rival.times, 0.5);
  console.log(`brute force in process: p50 ${fmt(rivalP50)}, p95 ${fmt(quantile(rival.times, 0.95))} over ${rivalTexts.length} look-ups; ${rival.found.filter((s) => s > 0).length} found a match`);
  const targets: { name: string; open: () => Promise<{ database: Database; drop?: () => Promise<void> }> }[] = [
    { name: 'PGlite', open: async () => ({ database: await openDatabase('memory://') }) },
  ];
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) {
    targets.push({
      name: 'PostgreSQL',
      open: async () => {
        const scratch = await createScratchPostgres(url);
        return { database: await openDatabase(scratch.url), drop: scratch.drop };
      },
    });
  }
  for (const target of targets) {
    const { database, drop } = await target.open();
    try {
      const result = await run(target.name, database, pairs, texts);
      // Same look-ups as the rival: did the index's candidates hold the best match the full scan found?
      const same = rivalTexts.filter((_, i) => result.found[i] === rival.found[i]).length;
      const trigram = await trigramRival(database, texts.slice(0, TRIGRAM));
      console.log(`${target.name}: pg_trgm similarity operator alone (GIN index): p50 ${fmt(quantile(trigram, 0.5))}, p95 ${fmt(quantile(trigram, 0.95))} over ${trigram.length} look-ups`);
      console.log(
        `${target.name}: ${(rivalP50 / quantile(result.times, 0.5)).toFixed(0)}x faster than brute force at p50; best score equal to the full scan's on ${same} of ${rivalTexts.length}`,
      );
    } finally {
      await database.close();
      await drop?.();
    }
  }
}

await main();
