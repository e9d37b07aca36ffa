/** Reads the compiled German–English man-page corpus (data/corpus), validated line by line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

export const corpusPairSchema = z.object({
  id: z.string().min(1),
  page: z.string().regex(/^man\d\/\S+$/),
  split: z.enum(['dev', 'heldout']),
  de: z.string().min(1),
  en: z.string().min(1),
});
export type CorpusPair = z.infer<typeof corpusPairSchema>;

/** Where the build script writes the corpus, relative to the repository root. */
export const CORPUS_FILE = join('data', 'corpus', 'manpages.de-en.jsonl.gz');

/** Parses the corpus's JSON lines; a malformed line throws with its line number. */
export function parseCorpus(jsonl: string): CorpusPair[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = corpusPairSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`corpus line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The corpus's pairs in file order (sorted by page, then position in the page). */
export function loadCorpus(root = process.cwd()): CorpusPair[] {
  return parseCorpus(gunzipSync(readFileSync(join(root, CORPUS_FILE))).toString('utf8'));
}
