/** The German full-form lexicon (data/de-morphology.tsv.gz, compiled from german-pos-dict by scripts/build-morphology.ts). */
import { readDataFile } from './data-file';
import type { Case, Morph, Pos, Reading } from './types';

export interface GermanLexicon {
  /** Readings of a lowercase form, or undefined when the lexicon lacks it. */
  lookup(lower: string): Reading[] | undefined;
}

const GENDER = { m: 'masc', f: 'fem', n: 'neut' } as const;
const NUMBER = { s: 'sing', p: 'plur' } as const;
const POS_OF: Record<string, Pos> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj' };

/** Parses a tag such as `NOUN|g=m|n=s|c=nom,acc` or `VERB|f=fin|t=past|m=ind|p=3|n=s`. */
export function parseTag(tag: string): { pos: Pos; morph: Morph; kind?: string } {
  const [head, ...features] = tag.split('|');
  const morph: Morph = {};
  let kind: string | undefined;
  for (const feature of features) {
    const [key, value = ''] = feature.split('=');
    if (key === 'g') morph.gender = GENDER[value as keyof typeof GENDER];
    else if (key === 'n') morph.number = NUMBER[value as keyof typeof NUMBER];
    else if (key === 'c') morph.case = value.split(',') as Case[];
    else if (key === 't') morph.tense = value as 'pres' | 'past';
    else if (key === 'm') morph.mood = value as Morph['mood'];
    else if (key === 'p') morph.person = Number(value) as 1 | 2 | 3;
    else if (key === 'f') morph.verbForm = value as Morph['verbForm'];
    else if (key === 'd') morph.degree = value as Morph['degree'];
    else if (key === 'sep') kind = `separable:${value}`;
  }
  return kind ? { pos: POS_OF[head ?? ''] ?? 'x', morph, kind } : { pos: POS_OF[head ?? ''] ?? 'x', morph };
}

/**
 * Reads the compiled file's three sections: lemmas, tags, and sorted `form \t lemma.tag lemma.tag …` lines. The form
 * lines stay one string searched by bisection (one-byte Latin-1 text, ≈ 7 MB), not 270,000 map entries: a tenth of
 * the memory and load time; each word is looked up once per process anyway (the analysis memoises words).
 */
export function parseGermanLexicon(text: string): GermanLexicon {
  const formsAt = text.indexOf('\n%forms\n');
  const head = text.slice(0, formsAt).split('\n');
  const lemmas = head.slice(head.indexOf('%lemmas') + 1, head.indexOf('%tags'));
  const tags = head.slice(head.indexOf('%tags') + 1).map(parseTag);
  const body = text.slice(formsAt + '\n%forms\n'.length);
  const starts: number[] = [];
  for (let at = 0; at < body.length; at = body.indexOf('\n', at) + 1 || body.length) if (body.charCodeAt(at) !== 10) starts.push(at);
  const lines = Uint32Array.from(starts);
  const keyAt = (i: number) => body.slice(lines[i]!, body.indexOf('\t', lines[i]!));
  const find = (lower: string): string | undefined => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = keyAt(mid);
      if (key === lower) {
        const tab = lines[mid]! + key.length + 1;
        const end = body.indexOf('\n', tab);
        return body.slice(tab, end < 0 ? body.length : end);
      }
      if (key < lower) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return {
    lookup(lower) {
      const raw = find(lower);
      if (raw === undefined) return undefined;
      return raw.split(' ').map((pair) => {
        const dot = pair.indexOf('.');
        const tag = tags[Number(pair.slice(dot + 1))]!;
        const reading: Reading = { lemma: lemmas[Number(pair.slice(0, dot))]!, pos: tag.pos, morph: { ...tag.morph } };
        if (tag.kind) reading.kind = tag.kind;
        return reading;
      });
    },
  };
}

// Read once on first use (≈ 2 MB gzip) and never changed afterwards: a read-only table shared by all analyses.
let loaded: GermanLexicon | undefined;

export function germanLexicon(): GermanLexicon {
  return (loaded ??= parseGermanLexicon(readDataFile('de-morphology.tsv.gz')));
}
