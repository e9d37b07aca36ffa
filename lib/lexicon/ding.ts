/** Parses lines of the Ding dictionary (`German :: English`) into normalised word pairs for the compiled lexicon, with their usage labels. */

/** The longest phrase, in words, kept on either side; longer ones are examples, not translations. */
export const MAX_PHRASE_WORDS = 3;

const ANNOTATION = /\{[^{}]*\}|\[[^[\]]*\]|\([^()]*\)|<[^<>]*>|(?:^|\s)\/[^/]+\//g;
// Placeholders for objects and reflexives say how a word is used, not what it means.
const PLACEHOLDERS = new Set([
  'etw.', 'etw', 'jd.', 'jdn.', 'jdm.', 'jds.', 'sich', 'sth.', 'sth', 'sb.', "sb.'s", 'so.', 'sb', 'one', "one's",
  'oneself', 'something', 'somebody', 'someone',
]);
const PRONOUNS = {
  de: new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']),
  en: new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']),
} as const;

/** Strips Ding annotations ({f}, [Br.], (etwas), <alt spelling>, /ABBR/) repeatedly, since some nest. */
export function stripAnnotations(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(ANNOTATION, ' ');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Lowercases a phrase and drops placeholders, pronouns and the infinitive "to"; '' when nothing usable remains. */
export function normalisePhrase(raw: string, lang: 'de' | 'en'): string {
  const text = stripAnnotations(raw).toLowerCase().replace(/[’‘]/g, "'");
  // Questions, quotes and fragments ("Haushalts…") are examples, not dictionary words.
  if (/[…?!:"„“”«»]|\.\.\./.test(text)) return '';
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[,;'"]+|[,;'"]+$/g, ''))
    .filter((w) => w !== '' && !PLACEHOLDERS.has(w) && !w.includes('/'));
  // A phrase ending in a full stop is an example sentence; a lone "Dr." is an abbreviation.
  const last = words[words.length - 1];
  if (last !== undefined && last.endsWith('.')) {
    if (words.length > 1) return '';
    words[0] = last.slice(0, -1);
  }
  if (lang === 'en' && words[0] === 'to' && words.length > 1) words.shift();
  while (words.length > 1 && PRONOUNS[lang].has(words[0] ?? '')) words.shift();
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return '';
  if (!words.every((w) => /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u.test(w))) return '';
  return words.join(' ');
}

/**
 * Usage labels of Ding and FreeDict that make a sense a poor first gloss: offensive, vulgar, slang, pejorative,
 * archaic, obsolete, dated, rare, regional (Austria, Switzerland, German regions; English outside UK/US), poetic,
 * humorous, euphemistic, children's and hunters' language, and senses used only inside compounds („Telefon“ as
 * "customer hotline").
 */
export const MARKED_LABEL = new RegExp(
  String.raw`[\[{(](?:vulg\.|slang|pej\.|derog\.|offensive|taboo|obs\.|obsolete|archaic|arch\.|alt|altertümlich|veraltet|veraltend|dated|becoming dated|rare|selten|` +
    String.raw`former name|frühere Bezeichnung|Ös\.|Westös\.|Ostös\.|Schw\.|Bayr\.|BW|Südtirol|Norddt\.|Süddt\.|Mitteldt\.|Westdt\.|Ostdt\.|` +
    String.raw`Mittelwestdt\.|Mittelostdt\.|Nordostdt\.|Nordwestdt\.|Südwestdt\.|Südostdt\.|Austr\.|NZ|Sc\.|Ir\.|Can\.|Northern English|` +
    String.raw`poet\.|humor\.|euphem\.|iron\.|Kindersprache|Jägersprache|Jugendsprache|in Zusammensetzungen|in compounds)[\]})]`,
);

/** A German noun in Ding carries its gender or plural: "Alte {f}", "Leute {pl}". */
const NOUN = /\{(?:f|m|n|pl)\}/;

/** One alternative of a side: its normalised text, whether it carries a marked label, whether it is a noun. */
interface Alternative {
  text: string;
  marked: boolean;
  noun: boolean;
}

/** Splits one side of a sub-entry into alternatives at `;` outside annotations, reading each one's labels first. */
function alternatives(side: string, lang: 'de' | 'en'): Alternative[] {
  const out: Alternative[] = [];
  let depth = 0;
  let start = 0;
  const push = (raw: string) => {
    const text = normalisePhrase(raw, lang);
    if (text) out.push({ text, marked: MARKED_LABEL.test(raw), noun: NOUN.test(raw) });
  };
  for (let i = 0; i < side.length; i++) {
    const c = side[i];
    if (c === '{' || c === '[' || c === '(' || c === '<') depth++;
    else if ((c === '}' || c === ']' || c === ')' || c === '>') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      push(side.slice(start, i));
      start = i + 1;
    }
  }
  push(side.slice(start));
  return out;
}

/** A German–English pair from one entry. */
export interface DingPair {
  de: string;
  en: string;
  /** From the entry's headword, not from an inflected form or example. */
  primary: boolean;
  /** Either side carries a marked usage label (vulgar, archaic, regional …): never the first gloss. */
  marked: boolean;
  /** The German side is a noun. */
  noun: boolean;
  /** Sub-entries of its line: a word's main sense has the long line of forms and examples („Zeit“ "time", not "spell"). */
  size: number;
}

/**
 * The (German, English) pairs of one Ding line. Sub-entries separated by `|` correspond
 * position by position (headword, plural, participle …); when the counts differ only the
 * first sub-entries are paired, because the rest cannot be matched safely.
 */
export function parseDingLine(line: string): DingPair[] {
  if (line.startsWith('#')) return [];
  const sides = line.split(' :: ');
  if (sides.length !== 2) return [];
  const de = (sides[0] ?? '').split(' | ');
  const en = (sides[1] ?? '').split(' | ');
  const count = de.length === en.length ? de.length : 1;
  const pairs: DingPair[] = [];
  // Labels on the headword sub-entry hold for its inflected forms too ("Alte {f} [slang] | Alten {pl}").
  const lineMarked = { de: MARKED_LABEL.test(de[0] ?? '') && !de[0]?.includes(';'), en: MARKED_LABEL.test(en[0] ?? '') && !en[0]?.includes(';') };
  for (let i = 0; i < count; i++) {
    const deWords = alternatives(de[i] ?? '', 'de');
    const enWords = alternatives(en[i] ?? '', 'en');
    for (const d of deWords) {
      for (const e of enWords) {
        const marked = d.marked || e.marked || lineMarked.de || lineMarked.en;
        pairs.push({ de: d.text, en: e.text, primary: i === 0, marked, noun: d.noun, size: de.length });
      }
    }
  }
  return pairs;
}
