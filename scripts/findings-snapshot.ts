/**
 * The whole check suite over real sentence pairs in one direction: prints segments per second and writes every
 * finding, one JSON line per segment, so that two snapshots (before and after a change) can be compared.
 *
 *   tsx scripts/findings-snapshot.ts <pairs.jsonl[.gz]> <de-en|en-de> [out.jsonl]
 *   tsx scripts/findings-snapshot.ts --compare <before.jsonl> <after.jsonl> [--ignore-fix=<check>]
 *
 * Pairs are lines {id, doc|page, de, en} or {id, doc, source, target, sourceLang, targetLang} (data/eval/*.jsonl);
 * each pair is checked in the direction given, whatever its own, and the pairs of one doc or page form one document.
 * Run it in a fresh process per measurement: the checks cache word verdicts, so a second run measures warm caches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { checkDocument, warmUp, type CheckContext, type Finding, type SegmentInput } from '../lib/checks';

const pairSchema = z.union([
  z.object({ id: z.string(), page: z.string().optional(), doc: z.string().optional(), de: z.string(), en: z.string() }),
  z
    .object({ id: z.string(), doc: z.string(), source: z.string(), target: z.string(), sourceLang: z.enum(['de', 'en']), targetLang: z.enum(['de', 'en']) })
    .transform((p) => ({ id: p.id, doc: p.doc, page: undefined, de: p.sourceLang === 'de' ? p.source : p.target, en: p.sourceLang === 'de' ? p.target : p.source })),
]);

const lineSchema = z.object({ id: z.string(), findings: z.array(z.record(z.string(), z.unknown())) });

function readLines(file: string): string[] {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n').filter((l) => l.trim() !== '');
}

function snapshot(file: string, direction: 'de-en' | 'en-de', out: string | undefined): void {
  const pairs = readLines(file).map((line) => pairSchema.parse(JSON.parse(line)));
  const ctx: CheckContext = direction === 'de-en' ? { sourceLang: 'de', targetLang: 'en', glossary: [] } : { sourceLang: 'en', targetLang: 'de', glossary: [] };
  const documents = new Map<string, { ids: string[]; segments: SegmentInput[] }>();
  pairs.forEach((p, i) => {
    const key = p.page ?? p.doc ?? p.id;
    const doc = documents.get(key) ?? { ids: [], segments: [] };
    documents.set(key, doc);
    doc.ids.push(p.id);
    doc.segments.push({ id: i + 1, paragraph: doc.segments.length, source: direction === 'de-en' ? p.de : p.en, target: direction === 'de-en' ? p.en : p.de });
  });
  // Dictionaries and word lists load once per process whatever the text: measured apart from the checks.
  const loadStart = process.hrtime.bigint();
  warmUp();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const lines: string[] = [];
  let findings = 0;
  const start = process.hrtime.bigint();
  for (const doc of documents.values()) {
    const found = checkDocument(doc.segments, ctx);
    doc.segments.forEach((s, i) => {
      const list: Finding[] = found.get(s.id) ?? [];
      findings += list.length;
      lines.push(JSON.stringify({ id: doc.ids[i], findings: list }));
    });
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${file} ${direction}: ${pairs.length} segments in ${documents.size} documents, ${ms.toFixed(0)} ms ` +
      `(${Math.round((pairs.length / ms) * 1000)} segments/s; loading ${loadMs.toFixed(0)} ms apart), ${findings} findings`,
  );
  if (out) writeFileSync(out, `${lines.join('\n')}\n`);
}

/**
 * Findings of two snapshots that are not in both, per segment, and how many of them differ only in their fix;
 * with --ignore-fix the fixes of that check are left out of the comparison.
 */
function compare(before: string, after: string, ignoreFix: string | undefined): void {
  const read = (file: string) => new Map(readLines(file).map((l) => lineSchema.parse(JSON.parse(l))).map((l) => [l.id, l.findings]));
  const key = (f: Record<string, unknown>) => JSON.stringify(f.check === ignoreFix ? { ...f, fix: undefined } : f);
  const withoutFix = (f: string) => JSON.stringify({ ...(JSON.parse(f) as Record<string, unknown>), fix: undefined });
  const a = read(before);
  const b = read(after);
  let differing = 0;
  let onlyFix = 0;
  let total = 0;
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const left = (a.get(id) ?? []).map(key);
    const right = (b.get(id) ?? []).map(key);
    total += left.length;
    const onlyLeft = left.filter((f) => !right.includes(f));
    const onlyRight = right.filter((f) => !left.includes(f));
    for (const f of onlyLeft) console.log(`- ${id} ${f}`);
    for (const f of onlyRight) console.log(`+ ${id} ${f}`);
    differing += onlyLeft.length + onlyRight.length;
    const rightWithoutFix = onlyRight.map(withoutFix);
    onlyFix += onlyLeft.filter((f) => rightWithoutFix.includes(withoutFix(f))).length;
  }
  console.log(
    `${differing} findings in one snapshot only, of ${total} before (${a.size} segments); ${onlyFix} before/after pairs differ only in their fix` +
      `${ignoreFix ? `; fixes of ${ignoreFix} ignored` : ''}`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args[1] && args[2]) {
  compare(args[1], args[2], args.find((a) => a.startsWith('--ignore-fix='))?.slice('--ignore-fix='.length));
} else if (args[0] && (args[1] === 'de-en' || args[1] === 'en-de')) {
  snapshot(args[0], args[1], args[2]);
} else {
  console.error('usage: findings-snapshot.ts <pairs.jsonl[.gz]> <de-en|en-de> [out.jsonl] | --compare <before> <after> [--ignore-fix=<check>]');
  process.exit(2);
}
