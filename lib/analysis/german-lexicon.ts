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

/** Reads the compiled file's three sections: lemmas, tags, and `form \t lemma.tag lemma.tag …` lines. */
export function parseGermanLexicon(text: string): GermanLexicon {
  const lemmas: string[] = [];
  const tags: ReturnType<typeof parseTag>[] = [];
  const forms = new Map<string, string>();
  let section = '';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('%')) {
      section = line;
      continue;
    }
    if (section === '%lemmas') lemmas.push(line);
    else if (section === '%tags') tags.push(parseTag(line));
    else {
      const tab = line.indexOf('\t');
      forms.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return {
    lookup(lower) {
      const raw = forms.get(lower);
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
