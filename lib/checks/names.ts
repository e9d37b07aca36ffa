/** Names check: a name or product in one side (Xiaomi, Lei Jun, Snapdragon 8 Gen 1) must appear in the other. */
import { analyse, wordReading } from '../analysis';
import type { BaseLang } from '../lang';
import { isBlank } from '../segment/words';
import { ruleFinding } from './rules/catalogue';
import type { CheckContext, Finding, SegmentCheck, SegmentInput, Span } from './types';
import { isCommonWord, isDictionaryName, isKnownWord, sharedNames } from './dictionaries';
import { ARTICLES } from './german';
import {
  CAPITAL_OR_DIGIT,
  hasDigit,
  hasWordForm,
  hyphenParts,
  isAllCaps,
  isCamelCase,
  isNameWord,
  oneEditFromWord,
  PLACE_ENDING,
  withoutGenitive,
  words,
  type Token,
} from './words';

/** Acronyms that differ between the languages; either form stands for the other. */
const ACRONYM_PAIRS: [string, string][] = [
  ['KI', 'AI'],
  ['BIP', 'GDP'],
  ['EZB', 'ECB'],
  ['UNO', 'UN'],
  ['DSGVO', 'GDPR'],
  ['MwSt', 'VAT'],
];

/**
 * Place and person names with a German and an English form (exonyms); any form of a group stands
 * for the others. German adjective forms (Münchner, Kölner) belong to their city.
 */
const EXONYMS: string[][] = [
  ['Bayern', 'Bavaria', 'Bavarian'], ['München', 'Münchner', 'Munich'], ['Köln', 'Kölner', 'Cologne'],
  ['Nürnberg', 'Nürnberger', 'Nuremberg'], ['Hannover', 'Hanover'], ['Braunschweig', 'Brunswick'],
  ['Sachsen', 'Saxony'], ['Hessen', 'Hesse'], ['Thüringen', 'Thuringia'],
  ['Westfalen', 'Westphalia'], ['Pfalz', 'Palatinate'], ['Schwaben', 'Swabia'], ['Franken', 'Franconia'],
  ['Pommern', 'Pomerania'], ['Preußen', 'Prussia'], ['Schwarzwald', 'Black', 'Forest'], ['Rhein', 'Rhine'],
  ['Donau', 'Danube'], ['Mosel', 'Moselle'], ['Ostsee', 'Baltic'], ['Nordsee', 'North'], ['Konstanz', 'Constance'],
  ['Deutschland', 'Germany'], ['Österreich', 'Austria'], ['Schweiz', 'Switzerland'], ['Wien', 'Wiener', 'Vienna'],
  ['Zürich', 'Zurich'], ['Genf', 'Geneva'], ['Rom', 'Rome'], ['Mailand', 'Milan'], ['Venedig', 'Venice'],
  ['Florenz', 'Florence'], ['Neapel', 'Naples'], ['Prag', 'Prague'], ['Warschau', 'Warsaw'], ['Moskau', 'Moscow'],
  ['Brüssel', 'Brussels'], ['Lissabon', 'Lisbon'], ['Kopenhagen', 'Copenhagen'], ['Athen', 'Athens'],
  ['Belgrad', 'Belgrade'], ['Bukarest', 'Bucharest'], ['Peking', 'Beijing'], ['Europa', 'Europe'],
  ['Russland', 'Russia'], ['Frankreich', 'France'], ['Italien', 'Italy'], ['Spanien', 'Spain'], ['Polen', 'Poland'],
  ['Tschechien', 'Czechia', 'Czech'], ['Griechenland', 'Greece'], ['Türkei', 'Turkey', 'Türkiye'],
  ['Niederlande', 'Netherlands'], ['Belgien', 'Belgium'], ['Großbritannien', 'Britain'],
  ['Galilei', 'Galileo'], ['Kopernikus', 'Copernicus'], ['Kolumbus', 'Columbus'], ['Aristoteles', 'Aristotle'],
  ['Platon', 'Plato'], ['Konfuzius', 'Confucius'], ['Karl', 'Charles', 'Charlemagne'], ['Friedrich', 'Frederick'],
];

const EXONYM_GROUPS: ReadonlyMap<string, string[]> = new Map(
  EXONYMS.flatMap((group) => group.map((name) => [name.toLowerCase(), group.map((n) => n.toLowerCase())] as [string, string[]])),
);

/**
 * The German forms (first of each group) are names even where the German dictionary cannot say so (it
 * gives München, Köln, Wien the compound flag of common nouns). "Franken" is left out: it is also the
 * Swiss currency.
 */
const GERMAN_EXONYMS: ReadonlySet<string> = new Set(EXONYMS.map((group) => group[0]!).filter((name) => name !== 'Franken'));

/** The other forms of a name: the exonym group of the word or of its genitive-less form (Bayerns → Bayern). */
function exonyms(word: string): string[] {
  return EXONYM_GROUPS.get(word.toLowerCase()) ?? EXONYM_GROUPS.get(withoutGenitive(word).toLowerCase()) ?? [];
}

interface Name extends Span {
  text: string;
  /** The words of the name that are missing on the other side. */
  parts: Token[];
}

// An article or a contraction with one: after it, a word that is also a German noun is that noun ("das Essen").
const GERMAN_ARTICLES: ReadonlySet<string> = new Set([...ARTICLES, ...'beim zum zur vom im ins am ans'.split(' ')]);

/** Runs of adjacent name words (separated by one space) in a text. */
function namesIn(text: string, lang: BaseLang): Name[] {
  const names: Name[] = [];
  let current: Name | undefined;
  const tokens = words(text);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // Without a hyphen the word is its only part: out at once without a capital or a digit (no part list made).
    if ((token.facts.shape & CAPITAL_OR_DIGIT) === 0 && !token.text.includes('-')) continue;
    for (const part of hyphenParts(token)) {
      // Only a capital or a digit can make a name; most words are out before any look-up.
      if ((part.facts.shape & CAPITAL_OR_DIGIT) === 0) continue;
      const german = lang === 'de' && (GERMAN_EXONYMS.has(part.text) || GERMAN_EXONYMS.has(part.facts.base));
      // The analysis lexicon answers first: nspell's compound search behind isNameWord is the slow part.
      if (!german && (isNoName(part.text, lang) || !isNameWord(part, lang, text))) continue;
      // After an article or a number, a word that is also a German noun is that noun ("das Essen", "die Polen").
      const before = tokens[index - 1]?.facts.lower ?? '';
      if ((german || (lang === 'de' && sharedNames().has(part.text))) && (GERMAN_ARTICLES.has(before) || /^\d/u.test(before))) continue;
      if (current && part.start - current.end === 1 && text.charAt(current.end) === ' ') {
        current.end = part.end;
        current.text = text.slice(current.start, current.end);
        current.parts.push(part);
      } else {
        current = { text: part.text, start: part.start, end: part.end, parts: [part] };
        names.push(current);
      }
    }
  }
  return names;
}

/** Unit symbols of sizes, alone or after their number (kB, KiB, 8MiB): the decimal and the binary prefix, in any case, stand for each other. */
const SIZE_UNIT = /^(?:\d+(?:[.,]\d+)?)?([kKMGTPE])i?(B|bit)$/u;
const sizeUnit = (word: string): string | undefined => {
  const m = SIZE_UNIT.exec(word);
  return m ? `${m[1]!.toLowerCase()}${m[2]}` : undefined;
};
/** A placeholder of a man page or a form (DATEI1, FILE2, GANZZAHL1): a word in capitals with its number, translated as a word. */
const PLACEHOLDER = /^(\p{Lu}{3,})\d+$/u;
/** German noun suffixes no name has (Dekomprimierung, Verklemmungen, Portabilität): the analysis guesses such nouns. */
const NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ismus|ismen)$/u;

/**
 * Capitalised words the dictionaries lack that are no names: placeholders, and German common nouns the
 * analysis lexicon knows (compounds such as "Metadaten", "Tarbälle") or guesses from a noun suffix. A German word
 * shaped like a place name (-burg, -heim) stays a name: the lexicon reads "Rosenheim" as a compound too.
 */
function isNoName(word: string, lang: BaseLang): boolean {
  const placeholder = PLACEHOLDER.exec(word)?.[1];
  if (placeholder !== undefined) return isCommonWord(lang, placeholder.charAt(0) + placeholder.slice(1).toLowerCase());
  // A second capital marks an acronym or a product (FIFOs, PlayStation), never a common noun.
  if (lang !== 'de' || /^.\P{Lu}*\p{Lu}/u.test(word) || hasDigit(word) || PLACE_ENDING.test(word)) return false;
  if (isDictionaryName('de', word) || sharedNames().has(word)) return false;
  const { known, readings } = wordReading(word, 'de');
  if (known) return readings.some((r) => r.pos === 'noun' || r.pos === 'adj');
  return NOUN_SUFFIX.test(word.toLowerCase()) && readings.some((r) => r.pos === 'noun');
}

function isPresent(part: Token, other: string, otherLang: BaseLang): boolean {
  const word = part.text;
  const lower = part.facts.lower;
  const has = (form: string) => hasWordForm(other, form);
  if (has(lower) || has(part.facts.baseLower)) return true;
  // An acronym that the other side has in the plural: "CRC" and "CRCs".
  if (isAllCaps(word) && has(`${lower}s`)) return true;
  const unit = sizeUnit(word);
  if (unit !== undefined && words(other).some((t) => sizeUnit(t.text) === unit)) return true;
  // A borrowed word in the other language's form: German "Capabilitys" for "capabilities", "Multi-Thread" for
  // "multi-threaded"; not an acronym, whose plural may be the very word left out ("FIFOs" beside one "FIFO").
  if (!/^.\P{Lu}*\p{Lu}/u.test(word) && sharesLemma(word, other, otherLang)) return true;
  // A name that is also an everyday word keeps its letters in a derived form ("Adrenalin" → "adrenaline").
  if (sharedNames().has(word) && other.toLowerCase().includes(lower)) return true;
  if (exonyms(word).some(has)) return true;
  return ACRONYM_PAIRS.some(([a, b]) => (a.toLowerCase() === lower && has(b.toLowerCase())) || (b.toLowerCase() === lower && has(a.toLowerCase())));
}

/** The other text has a word of the same lemma as `word` read as a word of the other language. */
function sharesLemma(word: string, other: string, otherLang: BaseLang): boolean {
  const lemmas = new Set(wordReading(word, otherLang).readings.map((r) => r.lemma.toLowerCase()));
  if (lemmas.size === 0) return false;
  return analyse(other, otherLang).tokens.some((t) => t.lemmas.some((l) => lemmas.has(l.toLowerCase())));
}

/** A glossary source term decides how its names are rendered: present when its target is. */
function glossaryCovered(name: string, ctx: CheckContext, target: string, from: 'source' | 'target'): boolean {
  const lowerTarget = target.toLowerCase();
  return ctx.glossary.some((entry) => {
    const own = from === 'source' ? entry.source : entry.target;
    const other = from === 'source' ? entry.target : entry.source;
    return own.toLowerCase().includes(name.toLowerCase()) && lowerTarget.includes(other.toLowerCase());
  });
}

/** A lone unknown word one edit away from a dictionary word is a typo for the spelling check, not a name. */
function probableTypo(token: Token, lang: BaseLang): boolean {
  const word = token.text;
  if (isKnownWord(lang, word) || isDictionaryName(lang, word) || isCamelCase(word) || hasDigit(word) || isAllCaps(word)) return false;
  return oneEditFromWord(lang, token);
}

function missingNames(segment: SegmentInput, ctx: CheckContext, from: 'source' | 'target'): Finding[] {
  const own = from === 'source' ? segment.source : segment.target;
  const other = from === 'source' ? segment.target : segment.source;
  const lang = from === 'source' ? ctx.sourceLang : ctx.targetLang;
  const names = namesIn(own, lang);
  if (names.length === 0) return [];
  const findings: Finding[] = [];
  for (const name of names) {
    // Numbers are the numbers check's business; a name is missing when one of its words is.
    const otherLang = from === 'source' ? ctx.targetLang : ctx.sourceLang;
    const missing = name.parts.filter((p) => !isPresent(p, other, otherLang) && !glossaryCovered(p.text, ctx, other, from));
    if (missing.length === 0) continue;
    if (name.parts.length === 1 && missing[0] && probableTypo(missing[0], lang)) continue;
    const span = { start: name.start, end: name.end };
    findings.push(ruleFinding(from === 'source' ? 'names.missing' : 'names.added', {
      side: from,
      sourceSpans: from === 'source' ? [span] : [],
      targetSpans: from === 'target' ? [span] : [],
      message:
        from === 'source'
          ? `The name “${name.text}” is in the source but not in the translation.`
          : `The name “${name.text}” is in the translation but not in the source.`,
    }));
  }
  return findings;
}

export const namesCheck: SegmentCheck = (segment, ctx) => {
  if (isBlank(segment.target)) return [];
  return [...missingNames(segment, ctx, 'source'), ...missingNames(segment, ctx, 'target')];
};
