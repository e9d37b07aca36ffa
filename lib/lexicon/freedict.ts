/** Reads FreeDict dictionaries in dictd format (`.index` + gunzipped `.dict.dz`) into word pairs for the compiled lexicon. */
import { MARKED_LABEL, normalisePhrase } from './ding';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A dictd index number (offset or length), written in base 64. */
export function decodeDictdNumber(text: string): number {
  let n = 0;
  for (const c of text) n = n * 64 + B64.indexOf(c);
  return n;
}

/** The entry texts of a dictd dictionary, in index order; the `00-database-*` header entries are skipped. */
export function* dictdEntries(index: string, dict: Buffer): Generator<string> {
  for (const line of index.split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || offset === undefined || length === undefined || head.startsWith('00-database')) continue;
    const start = decodeDictdNumber(offset);
    yield dict.subarray(start, start + decodeDictdNumber(length)).toString('utf8');
  }
}

/** One translation pair of a FreeDict entry, in the entry's direction. */
export interface FreedictPair {
  head: string;
  translation: string;
  /** The entry or the translation carries a marked usage label (slang, dated, regional …). */
  marked: boolean;
  /** The German side is a noun (gender or plural in its part of speech). */
  noun: boolean;
}

const GERMAN_NOUN = /<[^>]*\b(?:masc|fem|neut|pl)\b[^>]*>/;
const POS = /<[^<>]*>/g;

/**
 * The pairs of one entry: a headword line (`alt /ˈalt/ <adj>`) and a translation line of comma-separated
 * translations, each with its part of speech and labels (`cast-off <adj> [Br.] , hand-me-down <adj> [Am.]`); labels
 * in front of the line hold for all of it. Notes, synonyms, cross-references and examples are not translations.
 * `headLang` is the headword's language.
 */
export function parseFreedictEntry(entry: string, headLang: 'de' | 'en'): FreedictPair[] {
  const lines = entry.split('\n');
  const headLine = lines[0] ?? '';
  const translationLine = lines[1] ?? '';
  if (translationLine.trim() === '' || /^\s+(?:Note|Synonyms?|see):|^\s+"/.test(translationLine)) return [];
  const headRaw = headLine.replace(/\s\/[^/]*\/.*$/, '').replace(POS, '');
  const head = normalisePhrase(headRaw, headLang);
  if (!head) return [];
  const toLang = headLang === 'de' ? 'en' : 'de';
  const leading = translationLine.match(/^\s*((?:\[[^\]]*\]\s*)+)/)?.[1] ?? '';
  const entryMarked = MARKED_LABEL.test(headLine) || MARKED_LABEL.test(leading);
  const pairs: FreedictPair[] = [];
  for (const raw of translationLine.slice(leading.length).split(/\s,\s|,\s(?=[^<>]*(?:<|$))/)) {
    const translation = normalisePhrase(raw.replace(POS, ''), toLang);
    if (!translation) continue;
    const germanSide = headLang === 'de' ? headLine : raw;
    pairs.push({ head, translation, marked: entryMarked || MARKED_LABEL.test(raw), noun: GERMAN_NOUN.test(germanSide) });
  }
  return pairs;
}
