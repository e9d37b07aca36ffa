/** Measures the checks on the annotated dev sets in data/eval (precision, recall, F1) and on the perturbation bench (detection per kind, false alarms). */
// Usage: npx tsx scripts/eval-checks.ts [--set wmt|own|perturb|all] [--json] [--examples N]
//        perturbation bench: [--split dev|heldout|both] [--direction de-en|en-de] [--kinds k1,k2] [--per-kind N]
//        npx tsx scripts/eval-checks.ts --build   (regenerates the JSONL dev sets from data/eval/raw)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../lib/checks';
import {
  evaluate,
  evaluationJson,
  formatDevSet,
  formatEvaluation,
  mqmToSegments,
  parseDevSet,
  parseMarkedSet,
  parseMqmExcerpt,
  runChecks,
  DIRECTIONS,
  formatPerturbSummaries,
  KIND_IDS,
  parsePerturbSet,
  runPerturbBench,
  SPLITS,
  summarise,
  type PerturbItem,
} from '../lib/checks/eval';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'eval');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The sets: file, and which sides their annotators marked (the WMT raters mark the German target only). */
const SETS = {
  wmt: { file: 'wmt-mqm-ende.dev.jsonl', title: 'WMT MQM EN→DE (TED, human-annotated)', sides: ['target'] as const },
  own: { file: 'lektorat-deen.dev.jsonl', title: 'Lektorat DE→EN (hand-written)', sides: ['source', 'target'] as const },
};

function build(): void {
  const wmt = mqmToSegments(parseMqmExcerpt(readFileSync(join(dir, 'raw', 'ted-ende.excerpt.txt'), 'utf8')), 'en', 'de', 'ted');
  writeFileSync(join(dir, SETS.wmt.file), formatDevSet(wmt.segments));
  const own = parseMarkedSet(readFileSync(join(dir, 'raw', 'lektorat-deen.marked.txt'), 'utf8'), 'de', 'en');
  writeFileSync(join(dir, SETS.own.file), formatDevSet(own));
  console.log(`${SETS.wmt.file}: ${wmt.segments.length} segments (${wmt.otherRaterRows} rows of a second rater dropped)`);
  console.log(`${SETS.own.file}: ${own.length} segments`);
}

/** Reads data/eval/perturb/<direction>.jsonl(.gz). */
function readPerturbSet(direction: string): PerturbItem[] | undefined {
  const base = join(dir, 'perturb', `${direction}.jsonl`);
  if (existsSync(`${base}.gz`)) return parsePerturbSet(gunzipSync(readFileSync(`${base}.gz`)).toString('utf8'));
  if (existsSync(base)) return parsePerturbSet(readFileSync(base, 'utf8'));
  return undefined;
}

/** The perturbation bench: per direction, dev and held-out side by side (never pooled). */
function perturb(json: Record<string, unknown>): void {
  const split = option('--split') ?? 'both';
  if (split !== 'both' && !(SPLITS as readonly string[]).includes(split)) throw new Error('--split must be dev, heldout or both');
  const splits = split === 'both' ? SPLITS : SPLITS.filter((s) => s === split);
  const direction = option('--direction');
  if (direction !== undefined && !(DIRECTIONS as readonly string[]).includes(direction)) throw new Error('--direction must be de-en or en-de');
  const kinds = option('--kinds')?.split(',');
  const perKind = option('--per-kind') === undefined ? Infinity : Number(option('--per-kind'));
  const out: Record<string, unknown> = {};
  for (const d of DIRECTIONS.filter((x) => direction === undefined || x === direction)) {
    const all = readPerturbSet(d);
    if (!all) {
      console.error(`skipped perturb ${d}: data/eval/perturb/${d}.jsonl not found (npx tsx scripts/build-perturbations.ts)`);
      continue;
    }
    const taken = new Map<string, number>();
    const items = all.filter((i) => {
      if (!(splits as readonly string[]).includes(i.split) || (kinds && !kinds.includes(i.kind))) return false;
      const key = `${i.split}/${i.kind}`;
      taken.set(key, (taken.get(key) ?? 0) + 1);
      return (taken.get(key) ?? 0) <= perKind;
    });
    const started = performance.now();
    const run = runPerturbBench(items, checkDocument, (done, total) => {
      if (process.stderr.isTTY && done % 200 === 0) process.stderr.write(`\r${d}: ${done}/${total}`);
    });
    if (process.stderr.isTTY) process.stderr.write('\r');
    const ms = Math.round(performance.now() - started);
    const summaries = splits.map((s) => summarise(run, d, s));
    if (args.includes('--json')) out[d] = { summaries, ms, items: items.length };
    else console.log(`${formatPerturbSummaries(d, summaries, KIND_IDS)}\n(${items.length} items, ${run.controls.length} controls, ${ms} ms)\n`);
  }
  if (args.includes('--json')) json.perturb = out;
}

function main(): void {
  if (args.includes('--build')) return build();
  const which = option('--set') ?? 'all';
  if (!['wmt', 'own', 'perturb', 'all'].includes(which)) throw new Error('--set must be wmt, own, perturb or all');
  const names = (which === 'all' ? ['wmt', 'own'] : which === 'perturb' ? [] : [which]) as Array<keyof typeof SETS>;
  const examples = Number(option('--examples') ?? 4);
  const json: Record<string, unknown> = {};
  for (const name of names) {
    const set = SETS[name];
    // The WMT set may be absent from a checkout until its licence is settled (see data/eval/LICENSE-wmt-mqm.md).
    if (!existsSync(join(dir, set.file))) {
      console.error(`skipped ${name}: data/eval/${set.file} not found`);
      continue;
    }
    const started = performance.now();
    const dev = parseDevSet(readFileSync(join(dir, set.file), 'utf8'));
    const result = evaluate(runChecks(dev, checkDocument), set.sides);
    const ms = Math.round(performance.now() - started);
    if (args.includes('--json')) json[name] = { ...(evaluationJson(result) as object), ms };
    else console.log(`${formatEvaluation(set.title, result, examples)}\n(${ms} ms)\n`);
  }
  if (which === 'perturb' || which === 'all') perturb(json);
  if (args.includes('--json')) console.log(JSON.stringify(json, null, 2));
}

main();
