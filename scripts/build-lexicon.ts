/** Compiles the Ding German–English dictionary (Debian `trans-de-en`) into the compact lexicon shipped in lib/lexicon/data. */
// Usage: npx tsx scripts/build-lexicon.ts [/usr/share/trans/de-en]
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { createLexicon, englishCandidates, isStopword, parseDingLine, withInverse } from '../lib/lexicon';

/** Translations kept per headword and direction; the first few carry nearly all alignment matches. */
const MAX_TRANSLATIONS = 8;
/** Rounds of re-checking pruned headwords against the final data; two settle it in practice. */
const MAX_ROUNDS = 4;

/** Taxonomic group entries ("(zoologische Familie)"): thousands of them, none in news text. */
const TAXON = /\((zoologische|botanische|mykologische)[^)]*\)|(Gattung|Familie|Ordnung|Unterfamilie|Tribus)\)/;

const GPL2 = '/usr/share/common-licenses/GPL-2';
const source = process.argv[2] ?? '/usr/share/trans/de-en';
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'lexicon', 'data');

const words = (phrase: string) => phrase.split(' ').length;

interface Pair {
  /** Times the pair is an entry's headword rather than one of its inflected forms. */
  primary: number;
  count: number;
  first: number;
}

const started = Date.now();
const text = readFileSync(source, 'utf8');
const header = text.split('\n').filter((l) => l.startsWith('#')).slice(0, 5);
const pairs = new Map<string, Map<string, Pair>>();
let order = 0;
for (const line of text.split('\n')) {
  if (TAXON.test(line)) continue;
  for (const [de, en, primary] of parseDingLine(line)) {
    // Longer phrase-to-phrase pairs serve no word look-up or two-word alignment and are most of the bulk.
    if (de.includes(' ') && en.includes(' ') && (words(de) > 2 || words(en) > 2)) continue;
    let byEn = pairs.get(de);
    if (!byEn) pairs.set(de, (byEn = new Map()));
    const seen = byEn.get(en);
    if (seen) {
      seen.count++;
      if (primary) seen.primary++;
    } else byEn.set(en, { primary: primary ? 1 : 0, count: 1, first: order++ });
  }
}

// Headword senses come before senses of words this one inflects ("laufend" is "current" before
// it is a form of "laufen"); then pairs found in several entries; ties keep the dictionary's order.
const rank = (a: Pair, b: Pair) => b.primary - a.primary || b.count - a.count || a.first - b.first;

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
for (const [de, byEn] of pairs) {
  const ranked = [...byEn].sort((a, b) => rank(a[1], b[1])).map(([en]) => en);
  full.set(de, ranked.filter((en) => keep.has(`${de}\t${en}`)));
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
  .map(([de, translations]) => [de, ...translations].join('\t'))
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

function licence(dingHeader: string[]): string {
  return `The German–English lexicon in this folder (de-en.tsv.gz) is derived from the Ding dictionary
(German–English word list), version ${dingHeader[0]?.split('::')[1]?.trim() ?? 'unknown'}.

  Copyright (c) Frank Richter <frank.richter@hrz.tu-chemnitz.de>, 1995 - 2023
  https://dict.tu-chemnitz.de/  —  https://ftp.tu-chemnitz.de/pub/Local/urz/ding/
  Debian packaging (trans-de-en): Roland Rosenfeld <roland@debian.org>

It was produced by scripts/build-lexicon.ts, which lowercases entries, removes annotations
({f}, [Br.], (etwas) …), keeps phrases of at most three words (two when both sides are phrases), leaves out taxonomic
group names, keeps the first eight translations
per headword and direction, and leaves out German words the lexicon's own lemmatiser and
compound splitter can rebuild from other entries.

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
