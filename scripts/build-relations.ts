/** Compiles English word relations (antonyms, hypernyms) from WordNet 3.0 (Debian `wordnet-base`) into lib/checks/data/en-relations.tsv.gz. */
// Usage: npx tsx scripts/build-relations.ts [/usr/share/wordnet]
// Only words the German–English lexicon knows are kept: the checks reach English words through it (DE→EN by its
// translations, EN→DE by the target word's translations), so other words could never be matched.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

const wordnet = process.argv[2] ?? '/usr/share/wordnet';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'lib', 'checks', 'data');
/** Senses of a noun whose hypernyms count: WordNet lists senses by frequency, and rare senses make false hypernyms. */
const NOUN_SENSES = 2;
/** Hypernym levels above the sense ("car" → "motor vehicle" → "self-propelled vehicle"; "vehicle" is three up via "wheeled vehicle"). */
const HYPERNYM_DEPTH = 3;
// Hypernyms so general that naming them says nothing ("thing", "entity"): no translation is "too general" by them.
const TOO_ABSTRACT = new Set(
  'entity physical_entity abstraction abstract_entity object whole thing matter unit part portion group grouping relation attribute act human_action human_activity event psychological_feature cognition communication state causal_agent cause causal_agency living_thing organism being artifact artefact instrumentality measure quantity amount happening occurrence occurrent natural_event action change alteration modification location region area structure construction property content message'.split(
    ' ',
  ),
);

type Pos = 'n' | 'v' | 'a' | 'r';
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Synset {
  words: string[];
  /** Lexical antonyms: [source word number (1-based, 0 = all), target synset key, target word number]. */
  antonyms: [number, string, number][];
  hypernyms: string[];
}

/** Synsets of one part of speech by their key ("n:02958343"). */
function readData(pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnet, `data.${FILES[pos]}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header
    const f = line.split(' | ')[0]!.split(' ');
    const offset = f[0]!;
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, '').toLowerCase());
    const pointerCount = Number(f[i]);
    i++;
    const antonyms: Synset['antonyms'] = [];
    const hypernyms: string[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const [symbol, target, targetPos, st] = [f[i]!, f[i + 1]!, f[i + 2]!, f[i + 3]!];
      const tp = (targetPos === 's' ? 'a' : targetPos) as Pos;
      if (symbol === '!') antonyms.push([parseInt(st.slice(0, 2), 16), `${tp}:${target}`, parseInt(st.slice(2), 16)]);
      if (symbol === '@' || symbol === '@i') hypernyms.push(`${tp}:${target}`);
    }
    out.set(`${pos}:${offset}`, { words, antonyms, hypernyms });
  }
  return out;
}

/** For each lemma of the part of speech, its synset keys in sense order. */
function readIndex(pos: Pos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(wordnet, `index.${FILES[pos]}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const offsets = f.slice(f.length - synsetCount);
    out.set(f[0]!.toLowerCase(), offsets.map((o) => `${pos}:${o}`));
  }
  return out;
}

/** English single words the lexicon holds (its translations), lowercase. */
function lexiconWords(): Set<string> {
  const text = gunzipSync(readFileSync(join(root, 'lib', 'lexicon', 'data', 'de-en.tsv.gz'))).toString('utf8');
  const out = new Set<string>();
  for (const line of text.split('\n')) for (const en of line.split('\t').slice(1)) if (!en.includes(' ')) out.add(en.toLowerCase());
  return out;
}

const started = Date.now();
const known = lexiconWords();
const single = (w: string) => !w.includes('_') && known.has(w);
const antonyms = new Map<string, Set<string>>();
const hypernyms = new Map<string, Set<string>>();
const add = (map: Map<string, Set<string>>, key: string, value: string) => {
  if (key === value) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

const data = new Map<string, Synset>();
for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) for (const [k, v] of readData(pos)) data.set(k, v);

// Antonyms: a lexical "!" pointer joins two words; each word's synonyms in its synset share the opposition
// ("rise" ! "fall" also gives "ascend" ↔ "fall"), the way a translation may pick any of them.
for (const [, synset] of data) {
  for (const [sourceWord, targetKey, targetWord] of synset.antonyms) {
    const target = data.get(targetKey);
    if (!target) continue;
    const from = sourceWord === 0 ? synset.words : [synset.words[sourceWord - 1]!];
    const to = targetWord === 0 ? target.words : [target.words[targetWord - 1]!];
    for (const a of [...from, ...synset.words.slice(0, 1)]) {
      for (const b of [...to, ...target.words.slice(0, 1)]) {
        if (!single(a) || !single(b)) continue;
        add(antonyms, a, b);
        add(antonyms, b, a);
      }
    }
  }
}

// Hypernyms of a noun's most frequent senses, a few levels up.
for (const [lemma, senses] of readIndex('n')) {
  if (!single(lemma)) continue;
  let level = senses.slice(0, NOUN_SENSES);
  for (let depth = 0; depth < HYPERNYM_DEPTH; depth++) {
    const next: string[] = [];
    for (const key of level) {
      for (const up of data.get(key)?.hypernyms ?? []) {
        const words = data.get(up)?.words ?? [];
        if (words.some((w) => TOO_ABSTRACT.has(w))) continue;
        next.push(up);
        for (const w of words) if (single(w) && w !== lemma) add(hypernyms, lemma, w);
      }
    }
    level = next;
  }
}

const lines: string[] = [];
for (const word of [...new Set([...antonyms.keys(), ...hypernyms.keys()])].sort()) {
  lines.push([word, [...(antonyms.get(word) ?? [])].sort().join(','), [...(hypernyms.get(word) ?? [])].sort().join(',')].join('\t'));
}
mkdirSync(outDir, { recursive: true });
const header = '# word\tantonyms\thypernyms — compiled from WordNet 3.0 by scripts/build-relations.ts; see LICENSE-wordnet.txt';
writeFileSync(join(outDir, 'en-relations.tsv.gz'), gzipSync(`${header}\n${lines.join('\n')}\n`, { level: constants.Z_BEST_COMPRESSION }));
const licence = '/usr/share/doc/wordnet-base/copyright';
if (existsSync(licence)) copyFileSync(licence, join(outDir, 'LICENSE-wordnet.txt'));
console.log(
  `${lines.length} words, ${[...antonyms.values()].reduce((n, s) => n + s.size, 0)} antonym links, ${[...hypernyms.values()].reduce((n, s) => n + s.size, 0)} hypernym links in ${Date.now() - started} ms`,
);
