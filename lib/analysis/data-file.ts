/** Reads a data file shipped in lib/analysis/data, gunzipping `.gz`; resolved beside this module or from the working directory. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readDataFile(name: string): string {
  // Bundlers rewrite import.meta.url on the server, so the working directory is tried as well (as lib/lexicon does).
  const candidates = [() => new URL(`./data/${name}`, import.meta.url), () => `${process.cwd()}/lib/analysis/data/${name}`];
  let lastError: unknown;
  for (const path of candidates) {
    try {
      const bytes = readFileSync(path());
      return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`The analysis data file lib/analysis/data/${name} could not be read: ${String(lastError)}`);
}
