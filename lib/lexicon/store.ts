/** Loads the compiled German–English lexicon (data/de-en.tsv.gz) once, on first use, into two maps. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { BaseLang } from '../lang';

export interface LexiconMaps {
  /** Headword (lowercase) → translations, most common first; keyed by the headword's language. */
  de: Map<string, string[]>;
  en: Map<string, string[]>;
}

// Resolved from the working directory as well, because bundlers rewrite import.meta.url on the server.
const CANDIDATE_PATHS = [
  () => new URL('./data/de-en.tsv.gz', import.meta.url),
  () => `${process.cwd()}/lib/lexicon/data/de-en.tsv.gz`,
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

/** Parses the TSV the build script writes, one German headword a line: `headword \t translation \t …`. */
export function parseLexicon(text: string): LexiconMaps {
  const de = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    const head = fields[0];
    if (head === undefined || head === '' || fields.length < 2) continue;
    de.set(head, fields.slice(1));
  }
  for (const [head, translations] of SUPPLEMENT) de.set(head, [...new Set([...translations, ...(de.get(head) ?? [])])]);
  return withInverse(de);
}

function readData(): string {
  let lastError: unknown;
  for (const path of CANDIDATE_PATHS) {
    try {
      return gunzipSync(readFileSync(path())).toString('utf8');
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`The lexicon data file lib/lexicon/data/de-en.tsv.gz could not be read: ${String(lastError)}`);
}

/** The lexicon maps, read and gunzipped synchronously the first time they are needed. */
export function lexicon(): LexiconMaps {
  maps ??= parseLexicon(readData());
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
