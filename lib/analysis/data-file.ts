/** Reads a data file shipped in lib/analysis/data, gunzipping `.gz`; resolved beside this module or from the working directory. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readDataFile(name: string): string {
  // Bundlers rewrite import.meta.url on the server, so the working directory is tried as well (as lib/lexicon does).
  // The working directory first: in the production build `new URL(\`./data/${name}\`)` is a context over the whole folder
  // and handed back another file (ATTRIBUTION.md for en-closed.json), which broke the server's start-up.
  const candidates = [() => `${process.cwd()}/lib/analysis/data/${name}`, () => new URL(`./data/${name}`, import.meta.url)];
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
