/** English word relations from WordNet (antonyms, hypernyms), compiled by scripts/build-relations.ts into lib/checks/data and validated at load. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

export interface Relations {
  /** Lowercase English words of opposite meaning ("rise" → "fall"). */
  antonyms(word: string): ReadonlySet<string>;
  /** Lowercase English words a few levels more general in the word's most frequent noun senses ("car" → "vehicle"). */
  hypernyms(word: string): ReadonlySet<string>;
}

const FILE = 'en-relations.tsv.gz';
const NONE: ReadonlySet<string> = new Set();
const wordList = z.string().transform((s) => (s ? s.split(',') : []));
const rowSchema = z.tuple([z.string().regex(/^[^\s,]+$/, 'a word without spaces or commas'), wordList, wordList]);

/** Parses the compiled file's text; a malformed line is an error naming the line, not a silent gap in the checks. */
export function parseRelations(text: string): Relations {
  const antonyms = new Map<string, ReadonlySet<string>>();
  const hypernyms = new Map<string, ReadonlySet<string>>();
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const parsed = rowSchema.safeParse(line.split('\t'));
    if (!parsed.success) throw new Error(`${FILE} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
    const [word, opposite, general] = parsed.data;
    if (opposite.length) antonyms.set(word, new Set(opposite));
    if (general.length) hypernyms.set(word, new Set(general));
  });
  return {
    antonyms: (word) => antonyms.get(word) ?? NONE,
    hypernyms: (word) => hypernyms.get(word) ?? NONE,
  };
}

// Bundlers rewrite import.meta.url on the server, so the working directory is tried as well (as lib/lexicon does).
// A literal URL: with a template the bundler makes a context of the whole folder and may hand back another file.
const CANDIDATES = [() => new URL('./data/en-relations.tsv.gz', import.meta.url), () => `${process.cwd()}/lib/checks/data/${FILE}`];

// Loaded once and never changed: the parsed WordNet data is the same for every document and check.
let loaded: Relations | undefined;

/** The shipped relations, read on first use. */
export function relations(): Relations {
  if (loaded) return loaded;
  let lastError: unknown;
  for (const path of CANDIDATES) {
    try {
      loaded = parseRelations(gunzipSync(readFileSync(path())).toString('utf8'));
      return loaded;
    } catch (error) {
      lastError = error;
      if (error instanceof Error && error.message.startsWith(FILE)) throw error;
    }
  }
  throw new Error(`The word relations lib/checks/data/${FILE} could not be read: ${String(lastError)}`);
}
