/**
 * Builds data/corpus/manpages.de-en.jsonl.gz, a German–English parallel corpus of sentence pairs: every German
 * man page (Debian manpages-de and others under /usr/share/man/de) paired with its English original.
 */
// Usage: npx tsx scripts/build-corpus.ts [/usr/share/man]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { corpusSplit, pairParagraphs, pairSentences, rejectReason, roffToSections, type RejectReason } from '../lib/corpus';

const manRoot = process.argv[2] ?? '/usr/share/man';
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'corpus');

const read = (path: string) => {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
};

/**
 * Debian package owning each path, through one `dpkg -S` call on the files the paths resolve to (alternatives
 * and links such as lzcat.1 → xz.1); paths dpkg does not know map to nothing.
 */
function owners(paths: string[]): Map<string, string> {
  const real = new Map(paths.map((p) => [p, realpathSync(p)]));
  const byReal = new Map<string, string>();
  if (paths.length > 0) {
    const run = spawnSync('dpkg', ['-S', ...new Set(real.values())], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const line of (run.stdout ?? '').split('\n')) {
      const m = /^([^:]+(?::[^:\s]+)?): (\/.+)$/.exec(line);
      if (m) byReal.set(m[2]!, m[1]!.split(', ')[0]!.replace(/:.*$/, ''));
    }
  }
  const found = new Map<string, string>();
  for (const [path, target] of real) {
    const owner = byReal.get(target);
    if (owner) found.set(path, owner);
  }
  return found;
}

/** Licence short names a package's machine-readable copyright file declares, or a pointer to the file. */
function licences(pkg: string): string {
  const file = `/usr/share/doc/${pkg}/copyright`;
  if (!existsSync(file)) return 'see the package';
  const names = new Set<string>();
  for (const m of readFileSync(file, 'utf8').matchAll(/^License:[ \t]*(\S.*)$/gm)) names.add(m[1]!.trim());
  return names.size > 0 ? [...names].join('; ') : `see ${file}`;
}

interface Line {
  id: string;
  page: string;
  split: string;
  de: string;
  en: string;
}

const started = Date.now();
const deRoot = join(manRoot, 'de');
const pages: { page: string; dePath: string; enPath: string }[] = [];
for (const dir of readdirSync(deRoot).filter((d) => /^man\d$/.test(d)).sort()) {
  for (const file of readdirSync(join(deRoot, dir)).sort()) {
    const enPath = join(manRoot, dir, file);
    if (existsSync(enPath)) pages.push({ page: `${dir}/${file.replace(/\.gz$/, '')}`, dePath: join(deRoot, dir, file), enPath });
  }
}

const counts = { pages: pages.length, skipped: 0, sectionsMismatch: 0, paragraphsEn: 0, paragraphPairs: 0, sentencePairs: 0, duplicates: 0 };
const rejected = new Map<RejectReason, number>();
const seenDe = new Set<string>();
const seenEn = new Set<string>();
const lines: Line[] = [];
const usedPages = new Set<string>();
for (const { page, dePath, enPath } of pages) {
  const de = roffToSections(read(dePath));
  const en = roffToSections(read(enPath));
  if (typeof de === 'string' || typeof en === 'string') {
    counts.skipped++;
    continue;
  }
  const paragraphs = pairParagraphs(de, en);
  counts.paragraphsEn += paragraphs.paragraphsEn;
  if (!paragraphs.sectionsMatched) counts.sectionsMismatch++;
  counts.paragraphPairs += paragraphs.pairs.length;
  let k = 0;
  for (const pair of paragraphs.pairs.flatMap(pairSentences)) {
    counts.sentencePairs++;
    const reason = rejectReason(pair.de, pair.en);
    if (reason) {
      rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
      continue;
    }
    // Each German and each English sentence once: repeated boilerplate would weigh a rule's result many times.
    if (seenDe.has(pair.de) || seenEn.has(pair.en)) {
      counts.duplicates++;
      continue;
    }
    seenDe.add(pair.de);
    seenEn.add(pair.en);
    usedPages.add(page);
    lines.push({ id: `${page}#${++k}`, page, split: corpusSplit(page), de: pair.de, en: pair.en });
  }
}

mkdirSync(outDir, { recursive: true });
const body = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
writeFileSync(join(outDir, 'manpages.de-en.jsonl.gz'), gzipSync(Buffer.from(body, 'utf8'), { level: constants.Z_BEST_COMPRESSION, mtime: 0 } as never));

// Licences: the German side is manpages-de (GPL-3+); each English original is under its own package's licence.
const used = pages.filter((p) => usedPages.has(p.page));
const enOwner = owners(used.map((p) => p.enPath));
const deOwner = owners(used.map((p) => p.dePath));
const byPackage = new Map<string, { side: string; pages: string[] }>();
for (const p of used) {
  for (const [side, owner] of [['en', enOwner.get(p.enPath)], ['de', deOwner.get(p.dePath)]] as const) {
    const key = `${side}\t${owner ?? '(unknown package)'}`;
    let entry = byPackage.get(key);
    if (!entry) byPackage.set(key, (entry = { side, pages: [] }));
    entry.pages.push(p.page);
  }
}
const table = (side: string) =>
  [...byPackage]
    .filter(([, v]) => v.side === side)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, v]) => {
      const pkg = key.split('\t')[1]!;
      return `| ${pkg} | ${pkg.startsWith('(') ? '' : licences(pkg)} | ${v.pages.length} | ${v.pages.slice(0, 6).join(', ')}${v.pages.length > 6 ? ', …' : ''} |`;
    })
    .join('\n');
writeFileSync(
  join(outDir, 'LICENSE.md'),
  `# Licences of the man-page corpus\n\nGenerated by \`scripts/build-corpus.ts\`. Each line of \`manpages.de-en.jsonl.gz\` names its page;\n` +
    `the German sentence comes from the German page, the English sentence from the English original.\n\n` +
    `## German side\n\nMost German translations are from the Debian package manpages-de (manpages-l10n project),\n` +
    `GPL-3+ (see /usr/share/doc/manpages-de/copyright and /usr/share/common-licenses/GPL-3); packages that ship\n` +
    `their own German pages are listed with the licences their copyright file declares.\n\n` +
    `| package | licence(s) in its copyright file | pages | examples |\n|---|---|---|---|\n${table('de')}\n\n` +
    `## English side\n\nEach English original carries the licence of the package that ships it (from \`dpkg -S\`;\n` +
    `the full terms are in /usr/share/doc/<package>/copyright).\n\n` +
    `| package | licence(s) in its copyright file | pages | examples |\n|---|---|---|---|\n${table('en')}\n`,
);

const types = (lang: 'de' | 'en') => new Set(lines.flatMap((l) => l[lang].toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])).size;
const heldout = lines.filter((l) => l.split === 'heldout');
console.log(`pages with both languages: ${counts.pages} (${counts.skipped} skipped: mdoc or redirect; ${counts.sectionsMismatch} with different section counts)`);
console.log(`paragraph pairs: ${counts.paragraphPairs} of ${counts.paragraphsEn} English paragraphs; sentence pairs before filtering: ${counts.sentencePairs}`);
console.log(`rejected: ${[...rejected].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}; duplicates ${counts.duplicates}`);
console.log(`kept: ${lines.length} sentence pairs from ${usedPages.size} pages (dev ${lines.length - heldout.length} from ${new Set(lines.filter((l) => l.split === 'dev').map((l) => l.page)).size} pages, heldout ${heldout.length} from ${new Set(heldout.map((l) => l.page)).size} pages)`);
console.log(`distinct word types: German ${types('de')}, English ${types('en')}`);
console.log(`written ${join(outDir, 'manpages.de-en.jsonl.gz')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
