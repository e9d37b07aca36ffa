/** Loads the compiled German–English lexicon (data/de-en.tsv.gz) and its synonyms (data/synonyms.tsv.gz) once, on first use, into maps. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { BaseLang } from '../lang';

export interface LexiconMaps {
  /** Headword (lowercase) → translations, most common first, marked senses last; keyed by the headword's language. */
  de: Map<string, string[]>;
  en: Map<string, string[]>;
  /** German headwords all of whose translations are senses of a noun („Alte“); one set, not a set per noun. */
  nounHeads?: Set<string>;
  /** German headword with other senses too → its translations that are senses of the noun only („Alt“ "alto" beside „alt“ "old"). */
  nounSenses?: Map<string, Set<string>>;
  /** Word → synonyms in the same language (WordNet for English, OpenThesaurus for German). */
  synonyms?: Record<BaseLang, Map<string, string[]>>;
}

/** Marker after a translation in the data file: a sense of the German noun only. */
export const NOUN_SENSE = '^';
/** Marker after a translation in the data file: a sense with a marked usage label only (vulgar, archaic, regional …). */
export const MARKED_SENSE = '~';

// Resolved from the working directory as well, because bundlers rewrite import.meta.url on the server.
const candidatePaths = (file: string) => [
  () => new URL(`./data/${file}`, import.meta.url),
  () => `${process.cwd()}/lib/lexicon/data/${file}`,
];

let maps: LexiconMaps | undefined;

/**
 * Both directions from the German → English map. Only one direction is shipped to halve the
 * file; an English word's German translations are ordered by how high it ranks among theirs.
 */
export function withInverse(de: Map<string, string[]>): LexiconMaps {
  const ranked = new Map<string, [string, number][]>();
  for (const [head, translations] of de) {
    translations.forEach((en, rank) => {
      let list = ranked.get(en);
      if (!list) ranked.set(en, (list = []));
      list.push([head, rank]);
    });
  }
  const en = new Map<string, string[]>();
  for (const [head, list] of ranked) en.set(head, list.sort((a, b) => a[1] - b[1]).map(([d]) => d));
  return { de, en };
}

/** Set phrases of news German the dictionary lacks, added to the shipped data on load. */
const SUPPLEMENT: [string, string[]][] = [
  ['nach angaben', ['according to']],
  ['angaben zufolge', ['according to']],
  ['im vergleich', ['compared', 'in comparison']],
  ['im jahr', ['in']],
];

/**
 * Parses the TSV the build script writes, one German headword a line: `headword \t translation \t …`, a
 * translation ending in NOUN_SENSE and/or MARKED_SENSE; and the synonym TSV, `lang \t word \t synonym …`.
 */
export function parseLexicon(text: string, synonymText = ''): LexiconMaps {
  const de = new Map<string, string[]>();
  const nounHeads = new Set<string>();
  const nounSenses = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    const head = fields[0];
    if (head === undefined || head === '' || fields.length < 2) continue;
    const translations = fields.slice(1);
    const nouns: string[] = [];
    for (let i = 0; i < translations.length; i++) {
      let t = translations[i]!;
      if (t.endsWith(MARKED_SENSE)) t = t.slice(0, -1);
      if (t.endsWith(NOUN_SENSE)) {
        t = t.slice(0, -1);
        nouns.push(t);
      }
      translations[i] = t;
    }
    if (nouns.length === translations.length) nounHeads.add(head);
    else if (nouns.length > 0) nounSenses.set(head, new Set(nouns));
    de.set(head, translations);
  }
  for (const [head, translations] of SUPPLEMENT) de.set(head, [...new Set([...translations, ...(de.get(head) ?? [])])]);
  const synonyms: Record<BaseLang, Map<string, string[]>> = { de: new Map(), en: new Map() };
  for (const line of synonymText.split('\n')) {
    const [lang, word, ...rest] = line.split('\t');
    if ((lang === 'de' || lang === 'en') && word && rest.length > 0) synonyms[lang].set(word, rest);
  }
  return { ...withInverse(de), nounHeads, nounSenses, synonyms };
}

function readData(file: string): string {
  let lastError: unknown;
  for (const path of candidatePaths(file)) {
    try {
      return gunzipSync(readFileSync(path())).toString('utf8');
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`The lexicon data file lib/lexicon/data/${file} could not be read: ${String(lastError)}`);
}

/** The lexicon maps, read and gunzipped synchronously the first time they are needed. */
export function lexicon(): LexiconMaps {
  maps ??= parseLexicon(readData('de-en.tsv.gz'), readData('synonyms.tsv.gz'));
  return maps;
}

/** The headword → translations map for words of `lang`. */
export function entries(lang: BaseLang): Map<string, string[]> {
  return lexicon()[lang];
}

/** Replaces the loaded lexicon (tests use a tiny one); `undefined` reloads the shipped file on next use. */
export function setLexicon(next: LexiconMaps | undefined): void {
  maps = next;
}
