/**
 * Compiles the Ding German–English dictionary (Debian `trans-de-en`), merged with FreeDict deu-eng and eng-deu
 * (`dict-freedict-*`), into the compact lexicon shipped in lib/lexicon/data, and WordNet (`wordnet-base`) and
 * OpenThesaurus (`openthesaurus-de-text`) into its synonym file.
 */
// Usage: npx tsx scripts/build-lexicon.ts [/usr/share/trans/de-en]
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { createLexicon, englishCandidates, isStopword, parseDingLine, withInverse } from '../lib/lexicon';
import { dictdEntries, parseFreedictEntry } from '../lib/lexicon/freedict';
import { MARKED_SENSE, NOUN_SENSE } from '../lib/lexicon/store';
import { openThesaurusSynonyms, wordnetSynonyms } from '../lib/lexicon/thesaurus';

/** Translations kept per headword and direction; the first few carry nearly all alignment matches. */
const MAX_TRANSLATIONS = 8;
/** Rounds of re-checking pruned headwords against the final data; two settle it in practice. */
const MAX_ROUNDS = 4;

/** Taxonomic group entries ("(zoologische Familie)"): thousands of them, none in news text. */
const TAXON = /\((zoologische|botanische|mykologische)[^)]*\)|(Gattung|Familie|Ordnung|Unterfamilie|Tribus)\)/;

/** Synonyms kept per word: the first few of its main senses. */
const MAX_SYNONYMS = 6;

const GPL2 = '/usr/share/common-licenses/GPL-2';
const source = process.argv[2] ?? '/usr/share/trans/de-en';
const FREEDICT = '/usr/share/dictd';
const WORDNET = '/usr/share/wordnet';
const OPENTHESAURUS = '/usr/share/openthesaurus-de/openthesaurus.txt';
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'lexicon', 'data');

const words = (phrase: string) => phrase.split(' ').length;

interface Pair {
  /** Times the pair is an entry's headword rather than one of its inflected forms. */
  primary: number;
  count: number;
  first: number;
  /** Times it carries no marked usage label (vulgar, archaic, regional …), and times it does. */
  plain: number;
  marked: number;
  /** The most sub-entries of a Ding line it is the headword pair of. */
  weight: number;
  /** Times its German side is not a noun. */
  notNoun: number;
}

const started = Date.now();
const text = readFileSync(source, 'utf8');
const header = text.split('\n').filter((l) => l.startsWith('#')).slice(0, 5);
const pairs = new Map<string, Map<string, Pair>>();
let order = 0;

function add(de: string, en: string, primary: boolean, marked: boolean, noun: boolean, size = 0): void {
  // Longer phrase-to-phrase pairs serve no word look-up or two-word alignment and are most of the bulk.
  if (de.includes(' ') && en.includes(' ') && (words(de) > 2 || words(en) > 2)) return;
  let byEn = pairs.get(de);
  if (!byEn) pairs.set(de, (byEn = new Map()));
  let seen = byEn.get(en);
  if (!seen) byEn.set(en, (seen = { primary: 0, count: 0, first: order++, plain: 0, marked: 0, notNoun: 0, weight: 0 }));
  seen.count++;
  if (primary) {
    seen.primary++;
    seen.weight = Math.max(seen.weight, size);
  }
  if (marked) seen.marked++;
  else seen.plain++;
  if (!noun) seen.notNoun++;
}

for (const line of text.split('\n')) {
  if (TAXON.test(line)) continue;
  for (const p of parseDingLine(line)) add(p.de, p.en, p.primary, p.marked, p.noun, p.size);
}
const dingPairs = order;

// FreeDict's German–English and English–German, after Ding so that Ding's order breaks ties.
function freedict(name: string, headLang: 'de' | 'en'): number {
  const index = readFileSync(join(FREEDICT, `${name}.index`), 'utf8');
  const dict = gunzipSync(readFileSync(join(FREEDICT, `${name}.dict.dz`)));
  let n = 0;
  for (const entry of dictdEntries(index, dict)) {
    if (TAXON.test(entry.split('\n', 2)[1] ?? '')) continue;
    for (const p of parseFreedictEntry(entry, headLang)) {
      // Function-word senses come from Ding alone: FreeDict's are idiom residue ("harbour" → „haben“).
      if (isStopword(p.head, headLang) || isStopword(p.translation, headLang === 'de' ? 'en' : 'de')) continue;
      if (headLang === 'de') add(p.head, p.translation, true, p.marked, p.noun);
      else add(p.translation, p.head, true, p.marked, p.noun);
      n++;
    }
  }
  return n;
}
const freedictPairs = { deEn: freedict('freedict-deu-eng', 'de'), enDe: freedict('freedict-eng-deu', 'en') };
console.log(`Ding: ${dingPairs} distinct pairs; FreeDict deu-eng ${freedictPairs.deEn}, eng-deu ${freedictPairs.enDe} pairs; ${order} distinct in all`);

// Unmarked senses first: a vulgar, archaic or regional gloss is never the first ("alte" is not first "squaw"); a
// pair is marked when most of its occurrences are (FreeDict moves some of Ding's labels into notes).
// Then headword senses before senses of words this one inflects ("laufend" is "current" before
// it is a form of "laufen"); then pairs found in several entries.
const isPlain = (p: Pair) => p.plain > p.marked;
const baseRank = (a: Pair, b: Pair) => Number(isPlain(b)) - Number(isPlain(a)) || b.primary - a.primary || b.count - a.count;
// Then the sense whose English word has this German word among its first translations ("alt" is "old"
// before "cast-off", which is first „abgelegt“); then the pair of the longer Ding line, a word's main sense with its
// forms and examples („Zeit“ "time", not "spell"); remaining ties keep the dictionary's order.
const backRank = new Map<Pair, number>();
{
  const byEn = new Map<string, Pair[]>();
  for (const byEnglish of pairs.values()) {
    for (const [en, pair] of byEnglish) {
      let list = byEn.get(en);
      if (!list) byEn.set(en, (list = []));
      list.push(pair);
    }
  }
  for (const list of byEn.values()) {
    list.sort((a, b) => baseRank(a, b) || b.weight - a.weight || a.first - b.first).forEach((pair, i) => backRank.set(pair, i));
  }
}
const rank = (a: Pair, b: Pair) =>
  baseRank(a, b) || (backRank.get(a) ?? 0) - (backRank.get(b) ?? 0) || b.weight - a.weight || a.first - b.first;

// Keep a pair when it is among the first translations in either direction.
const keep = new Set<string>();
const byEnglish = new Map<string, [string, Pair][]>();
for (const [de, byEn] of pairs) {
  const ranked = [...byEn].sort((a, b) => rank(a[1], b[1]));
  for (const [en] of ranked.slice(0, MAX_TRANSLATIONS)) keep.add(`${de}\t${en}`);
  for (const [en, pair] of ranked) {
    let list = byEnglish.get(en);
    if (!list) byEnglish.set(en, (list = []));
    list.push([de, pair]);
  }
}
for (const [en, list] of byEnglish) {
  list.sort((a, b) => rank(a[1], b[1]));
  for (const [de] of list.slice(0, MAX_TRANSLATIONS)) keep.add(`${de}\t${en}`);
}
const full = new Map<string, string[]>();
// Written with their markers: "alto^" is only the noun „Alt“'s sense, "squaw~" a marked one.
const marks = new Map<string, string>();
for (const [de, byEn] of pairs) {
  const ranked = [...byEn].sort((a, b) => rank(a[1], b[1]));
  const kept = ranked.filter(([en]) => keep.has(`${de}\t${en}`));
  full.set(de, kept.map(([en]) => en));
  for (const [en, p] of kept) {
    const mark = (p.notNoun === 0 ? NOUN_SENSE : '') + (isPlain(p) ? '' : MARKED_SENSE);
    if (mark) marks.set(`${de}\t${en}`, mark);
  }
}

/**
 * True when the runtime finds every content word of `de`'s translations without its own entry,
 * through a base form ("kameras" → "kamera") or its compound parts ("aalsuppe" → "aal" + "suppe").
 */
function derivable(lex: ReturnType<typeof createLexicon>, de: string, translations: string[]): boolean {
  const { senses, functionSenses } = lex.analyseWithoutEntry(de, 'de');
  for (const phrase of translations) {
    if (isStopword(phrase, 'en')) {
      if (!functionSenses.has(phrase)) return false;
      continue;
    }
    const content = phrase.split(/[\s-]+/).filter((word) => word !== '' && !isStopword(word, 'en'));
    // "at all" for "überhaupt": nothing to rebuild it from.
    if (content.length === 0) return false;
    for (const word of content) {
      if (!englishCandidates(word).some((form) => senses.has(form))) return false;
      // The English word must stay reachable for English → German look-ups too.
      if (!phrase.includes(' ') && !lex.isKnownWord(word, 'en')) return false;
    }
  }
  return true;
}

// Only single German words are pruned: phrases cannot be rebuilt from parts at run time.
let lex = createLexicon(withInverse(full));
const pruned = new Set<string>();
for (const [de, translations] of full) {
  if (!de.includes(' ') && derivable(lex, de, translations)) pruned.add(de);
}
// Pruning one word can remove the base another relied on; restore until nothing changes.
for (let round = 0; round < MAX_ROUNDS; round++) {
  const kept = new Map([...full].filter(([de]) => !pruned.has(de)));
  lex = createLexicon(withInverse(kept));
  const restore = [...pruned].filter((de) => !derivable(lex, de, full.get(de) ?? []));
  console.log(`round ${round + 1}: ${pruned.size} derivable headwords, ${restore.length} restored`);
  if (restore.length === 0) break;
  for (const de of restore) pruned.delete(de);
}

const lines = [...full]
  .filter(([de]) => !pruned.has(de))
  .map(([de, translations]) => [de, ...translations.map((en) => en + (marks.get(`${de}\t${en}`) ?? ''))].join('\t'))
  .sort();
const body = lines.join('\n') + '\n';
const gz = gzipSync(Buffer.from(body, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'de-en.tsv.gz'), gz);
writeFileSync(join(outDir, 'LICENSE-ding.txt'), licence(header));

console.log(
  `${lines.length} German headwords kept of ${full.size}; ` +
    `${(body.length / 1e6).toFixed(1)} MB text, ${(gz.length / 1e6).toFixed(2)} MB gzip; ${Date.now() - started} ms`,
);

/** `lang \t word \t synonym …`, for single words the lexicon knows, their synonyms known words too. */
function synonymLines(lang: 'de' | 'en', synonyms: Map<string, Set<string>>, known: Set<string>): string[] {
  const out: string[] = [];
  for (const [word, set] of synonyms) {
    if (!known.has(word)) continue;
    const kept = [...set].filter((w) => known.has(w)).slice(0, MAX_SYNONYMS);
    if (kept.length > 0) out.push([lang, word, ...kept].join('\t'));
  }
  return out.sort();
}
const englishWords = new Set([...full.values()].flat().filter((en) => !en.includes(' ')));
const germanWords = new Set([...full.keys()].filter((de) => !de.includes(' ')));
const POS_FILES = ['noun', 'verb', 'adj', 'adv'];
const wordnet = wordnetSynonyms(
  POS_FILES.map((pos) => readFileSync(join(WORDNET, `index.${pos}`), 'utf8')),
  POS_FILES.map((pos) => readFileSync(join(WORDNET, `data.${pos}`), 'utf8')),
);
const thesaurus = openThesaurusSynonyms(readFileSync(OPENTHESAURUS, 'utf8'));
const synonymBody = [...synonymLines('en', wordnet, englishWords), ...synonymLines('de', thesaurus, germanWords)].join('\n') + '\n';
const synonymGz = gzipSync(Buffer.from(synonymBody, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
writeFileSync(join(outDir, 'synonyms.tsv.gz'), synonymGz);
writeFileSync(join(outDir, 'LICENSE-freedict.txt'), debianCopyright('dict-freedict-deu-eng', 'FreeDict German–English and English–German (merged into de-en.tsv.gz)', ['deu-eng/*'], 'GPL-3'));
writeFileSync(join(outDir, 'LICENSE-wordnet.txt'), debianCopyright('wordnet-base', 'WordNet 3.0 (English synonyms in synonyms.tsv.gz)', ['*'], ''));
writeFileSync(join(outDir, 'LICENSE-openthesaurus.txt'), debianCopyright('openthesaurus-de-text', 'OpenThesaurus (German synonyms in synonyms.tsv.gz)', [], 'LGPL'));
console.log(`synonyms: ${synonymBody.split('\n').length - 1} words, ${(synonymGz.length / 1e6).toFixed(2)} MB gzip`);

/**
 * Attribution for a source read from its Debian copyright file: the stanzas for `files` (all of it when empty) and
 * the licence text from /usr/share/common-licenses/<licence> when given.
 */
function debianCopyright(pkg: string, title: string, files: string[], licenceName: string): string {
  const text = readFileSync(`/usr/share/doc/${pkg}/copyright`, 'utf8');
  const stanzas = text.split(/\n\s*\n/);
  const picked = files.length === 0 ? [text] : stanzas.filter((st) => files.some((f) => st.startsWith(`Files: ${f}`)));
  const common = licenceName ? `/usr/share/common-licenses/${licenceName}` : '';
  return `${title}
Compiled by scripts/build-lexicon.ts from the Debian package ${pkg}; its copyright file says:

${picked.join('\n\n')}
${common && existsSync(common) ? `\n${'-'.repeat(72)}\n\n${readFileSync(common, 'utf8')}` : ''}`;
}

function licence(dingHeader: string[]): string {
  return `The German–English lexicon in this folder (de-en.tsv.gz) is derived from the Ding dictionary
(German–English word list), version ${dingHeader[0]?.split('::')[1]?.trim() ?? 'unknown'}.

  Copyright (c) Frank Richter <frank.richter@hrz.tu-chemnitz.de>, 1995 - 2023
  https://dict.tu-chemnitz.de/  —  https://ftp.tu-chemnitz.de/pub/Local/urz/ding/
  Debian packaging (trans-de-en): Roland Rosenfeld <roland@debian.org>

Merged into it are the FreeDict German–English and English–German dictionaries (see LICENSE-freedict.txt,
GPL-3+; the merged file is therefore distributed under GPL-3+, which Ding's GPL-2+ permits).

It was produced by scripts/build-lexicon.ts, which lowercases entries, removes annotations
({f}, [Br.], (etwas) …), keeps phrases of at most three words (two when both sides are phrases), leaves out taxonomic
group names, keeps the first eight translations
per headword and direction, and leaves out German words the lexicon's own lemmatiser and
compound splitter can rebuild from other entries. A translation ending in ^ is a sense of the German noun only,
one ending in ~ carries a marked usage label only (vulgar, slang, pejorative, archaic, dated, rare, regional …);
those rank last.

License: GPL-2+

  This program is free software; you can redistribute it and/or modify it
  under the terms of the GNU General Public License as published by the
  Free Software Foundation; either version 2 of the License, or (at your
  option) any later version.

  This program is distributed in the hope that it will be useful,
  but WITHOUT ANY WARRANTY; without even the implied warranty of
  MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
  General Public License for more details.

  The full text of the GNU General Public License version 2 is at
  https://www.gnu.org/licenses/old-licenses/gpl-2.0.txt
  (on Debian systems: /usr/share/common-licenses/GPL-2); it is reproduced below.

${'-'.repeat(72)}

${existsSync(GPL2) ? readFileSync(GPL2, 'utf8') : ''}`;
}
