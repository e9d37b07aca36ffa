/** Reads synonym sets from WordNet 3.0 database files (English) and OpenThesaurus text (German) for the compiled lexicon. */
import { MARKED_LABEL } from './ding';

/** A synonym is kept only where the synset is both words' first sense: "house" is not "firm", "car" not "railcar". */
const WORDNET_TOP_SENSES = 1;
/** Larger OpenThesaurus sets are loose word fields ("Heuer; Verdienst; … Gratifikation"), not synonyms. */
const MAX_SET = 12;

/** Makes every word of a synonym set a synonym of the others. */
function addSet(out: Map<string, Set<string>>, words: string[]): void {
  for (const w of words) {
    for (const other of words) {
      if (other === w) continue;
      let set = out.get(w);
      if (!set) out.set(w, (set = new Set()));
      set.add(other);
    }
  }
}

/**
 * Single-word WordNet synonyms, lowercase: word → other words sharing one of its first senses where that
 * sense is among the other word's first senses too. `indexFiles` are index.noun/verb/adj/adv texts, `dataFiles` the
 * matching data.* texts.
 */
export function wordnetSynonyms(indexFiles: string[], dataFiles: string[]): Map<string, Set<string>> {
  // (lemma, synset) → sense rank, by the synset order of index.* lines ("house n 12 6 @ ~ … 12 7 03544360 08059870 …").
  const rank = new Map<string, number>();
  indexFiles.forEach((text, file) => {
    for (const line of text.split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      const synsets = f.slice(4 + pointers + 2);
      synsets.forEach((offset, i) => rank.set(`${f[0]}\t${file}:${offset}`, i));
    }
  });
  const out = new Map<string, Set<string>>();
  dataFiles.forEach((text, file) => {
    for (const line of text.split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.split(' ');
      const offset = f[0];
      const count = parseInt(f[3] ?? '0', 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
      addSet(out, words.filter((w) => (rank.get(`${w}\t${file}:${offset}`) ?? Infinity) < WORDNET_TOP_SENSES && !w.includes('_')));
    }
  });
  return out;
}

/** OpenThesaurus labels that keep a word out: colloquial, vulgar, dated, regional, technical jargon. */
const MARKED_DE = /\((?:[^)]*\b(?:ugs|derb|vulg|veraltet|veraltend|abwertend|fachspr|österr|schweiz|regional|süddt|norddt|bayr|scherzh|Jargon|engl|lat)\b[^)]*)\)/i;

/**
 * Single-word OpenThesaurus synonyms, lowercase: word → the other words of its sets (`;`-separated, one set a line).
 * Words with a marked label, phrases and sets larger than MAX_SET are left out.
 */
export function openThesaurusSynonyms(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const raw = line.split(';');
    if (raw.length > MAX_SET) continue;
    const words = raw
      .filter((w) => !MARKED_DE.test(w) && !MARKED_LABEL.test(w))
      .map((w) => w.replace(/\([^)]*\)/g, '').trim().toLowerCase())
      .filter((w) => /^[\p{L}-]+$/u.test(w));
    addSet(out, words);
  }
  return out;
}
