/** The English lexicon: WordNet 3.0 lemmas with their parts of speech and SemCor counts (data/en-wordnet.tsv.gz), and WordNet's morphy. */
import { readDataFile } from './data-file';
import type { Morph, Pos, Reading } from './types';

/** A reading with WordNet's evidence for it: how often the lemma occurs in that part of speech in SemCor, plus one. */
export interface WeightedReading extends Reading {
  weight: number;
}

interface Entry {
  /** Part of speech (n, v, a, r) → SemCor-tagged sense count + 1. */
  weights: Partial<Record<WordnetPos, number>>;
  /** WordNet writes the lemma only capitalised: a name ("paris", "einstein", "european"). */
  proper: boolean;
}
type WordnetPos = 'n' | 'v' | 'a' | 'r';

export interface EnglishLexicon {
  /** Open-class readings of a lowercase form, by WordNet's morphy: exceptions, then the detachment rules. */
  lookup(lower: string): WeightedReading[];
  /** True when WordNet knows the lemma only as a name. */
  isName(lower: string): boolean;
  /** True when WordNet knows the lemma in any part of speech. */
  has(lower: string): boolean;
}

const POS_OF: Record<WordnetPos, Pos> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

// WordNet's morphy detachment rules (morph.c), each with the features the ending marks.
const RULES: [WordnetPos, string, string, Morph[]][] = [
  ['n', 's', '', [{ number: 'plur' }]],
  ['n', 'ses', 's', [{ number: 'plur' }]],
  ['n', 'xes', 'x', [{ number: 'plur' }]],
  ['n', 'zes', 'z', [{ number: 'plur' }]],
  ['n', 'ches', 'ch', [{ number: 'plur' }]],
  ['n', 'shes', 'sh', [{ number: 'plur' }]],
  ['n', 'men', 'man', [{ number: 'plur' }]],
  ['n', 'ies', 'y', [{ number: 'plur' }]],
  ['v', 's', '', [{ verbForm: 'fin', tense: 'pres', person: 3, number: 'sing' }]],
  ['v', 'ies', 'y', [{ verbForm: 'fin', tense: 'pres', person: 3, number: 'sing' }]],
  ['v', 'es', 'e', [{ verbForm: 'fin', tense: 'pres', person: 3, number: 'sing' }]],
  ['v', 'es', '', [{ verbForm: 'fin', tense: 'pres', person: 3, number: 'sing' }]],
  ['v', 'ed', 'e', [{ verbForm: 'fin', tense: 'past' }, { verbForm: 'ppast' }]],
  ['v', 'ed', '', [{ verbForm: 'fin', tense: 'past' }, { verbForm: 'ppast' }]],
  ['v', 'ing', 'e', [{ verbForm: 'ppres' }]],
  ['v', 'ing', '', [{ verbForm: 'ppres' }]],
  ['a', 'er', '', [{ degree: 'comp' }]],
  ['a', 'est', '', [{ degree: 'sup' }]],
  ['a', 'er', 'e', [{ degree: 'comp' }]],
  ['a', 'est', 'e', [{ degree: 'sup' }]],
];

const BASE: Record<WordnetPos, Morph[]> = {
  n: [{ number: 'sing' }],
  v: [{ verbForm: 'inf' }, { verbForm: 'fin', tense: 'pres' }],
  a: [{ degree: 'pos' }],
  r: [{}],
};

/** Features of an irregular form (noun.exc, verb.exc, adj.exc): a verb's list does not tell past from participle. */
function exceptionMorph(p: WordnetPos, form: string): Morph[] {
  if (p === 'n') return [{ number: 'plur' }];
  if (p === 'v') return [{ verbForm: 'fin', tense: 'past' }, { verbForm: 'ppast' }];
  return [{ degree: form.endsWith('st') ? 'sup' : 'comp' }];
}

export function parseEnglishLexicon(text: string): EnglishLexicon {
  const entries = new Map<string, Entry>();
  const exceptions = new Map<string, [WordnetPos, string][]>();
  let section = '';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('%')) {
      section = line;
      continue;
    }
    const fields = line.split('\t');
    if (section === '%lemmas') {
      const weights: Entry['weights'] = {};
      for (const reading of fields[1]!.split(' ')) {
        const [p, , tagged] = reading.split(':');
        weights[p as WordnetPos] = Number(tagged) + 1;
      }
      entries.set(fields[0]!, { weights, proper: fields[2] === 'P' });
    } else {
      const list = exceptions.get(fields[0]!) ?? [];
      for (const base of (fields[2] ?? '').split(' ').filter(Boolean)) list.push([fields[1] as WordnetPos, base]);
      exceptions.set(fields[0]!, list);
    }
  }
  const weightOf = (lemma: string, p: WordnetPos) => entries.get(lemma)?.weights[p];
  return {
    lookup(lower) {
      const out: WeightedReading[] = [];
      const seen = new Set<string>();
      const add = (lemma: string, p: WordnetPos, morphs: Morph[]) => {
        const weight = weightOf(lemma, p);
        if (weight === undefined) return;
        for (const morph of morphs) {
          const key = `${lemma}|${p}|${JSON.stringify(morph)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ lemma, pos: POS_OF[p], morph, weight });
        }
      };
      for (const [p, base] of exceptions.get(lower) ?? []) add(base, p, exceptionMorph(p, lower));
      for (const p of ['n', 'v', 'a', 'r'] as const) add(lower, p, BASE[p]);
      for (const [p, suffix, ending, morphs] of RULES) {
        if (!lower.endsWith(suffix) || lower.length <= suffix.length + 1) continue;
        const stem = lower.slice(0, -suffix.length);
        add(stem + ending, p, morphs);
        // Doubled final consonants ("stopped", "running", "bigger"), which morphy leaves to the exception lists.
        if (ending === '' && stem.length > 2 && stem.at(-1) === stem.at(-2) && !/[aeiou]/.test(stem.at(-1)!)) add(stem.slice(0, -1), p, morphs);
      }
      return out;
    },
    isName: (lower) => entries.get(lower)?.proper === true,
    has: (lower) => entries.has(lower),
  };
}

// Read once on first use (≈ 0.4 MB gzip) and never changed afterwards: a read-only table shared by all analyses.
let loaded: EnglishLexicon | undefined;

export function englishLexicon(): EnglishLexicon {
  return (loaded ??= parseEnglishLexicon(readDataFile('en-wordnet.tsv.gz')));
}
