/** Hunspell dictionaries for German and English: lazily built nspell spellers and cached word verdicts. */
import deDictionary from 'dictionary-de';
import enDictionary from 'dictionary-en';
import nspell from 'nspell';
import { wordReading } from '../analysis';
import type { BaseLang } from '../lang';

type Speller = ReturnType<typeof nspell>;

let german: Speller | undefined;
let english: Speller | undefined;
let germanNames: Set<string> | undefined;
// The typo test's letters and lower-cased word table, built with their speller.
let germanLetters: TryLetters | undefined;
let englishLetters: TryLetters | undefined;

/** The German speller (de_DE, igerman98), built on first use: about 0.7 s. */
export function germanSpeller(): Speller {
  if (german) return german;
  german = nspell({ aff: Buffer.from(deDictionary.aff), dic: Buffer.from(deDictionary.dic) });
  restoreStandaloneWords(german);
  germanLetters = tryLetters(german as unknown as SpellerInternals);
  return german;
}

/**
 * igerman98 lists many words twice: once to stand alone (erhalten/ADI) and once as a compound part
 * only (erhalten/SJozm). nspell merges the flags of both, so the word inherits "only in compounds"
 * and is rejected on its own. Drop that flag again from words that also have a standalone entry.
 */
function restoreStandaloneWords(speller: Speller): void {
  const aff = Buffer.from(deDictionary.aff).toString('utf8');
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S+)/mu.exec(aff)?.[1];
  const needAffix = /^NEEDAFFIX\s+(\S+)/mu.exec(aff)?.[1];
  if (!onlyInCompound) return;
  const data = (speller as unknown as { data: Record<string, string[] | undefined> }).data;
  for (const [word, flags] of dictionaryEntries()) {
    if (flags.includes(onlyInCompound) || (needAffix && flags.includes(needAffix))) continue;
    const merged = data[word];
    if (merged?.includes(onlyInCompound)) data[word] = merged.filter((flag) => flag !== onlyInCompound);
  }
}

/** The German dictionary's entries as [word, flags], read once. */
function dictionaryEntries(): [string, string][] {
  const entries: [string, string][] = [];
  for (const line of Buffer.from(deDictionary.dic).toString('utf8').split('\n')) {
    const match = /^([^/\s]+)(?:\/(\S*))?\s*$/u.exec(line);
    if (match?.[1]) entries.push([match[1], match[2] ?? '']);
  }
  return entries;
}

/** The English speller (en_US, SCOWL), built on first use: about 0.1 s. */
export function englishSpeller(): Speller {
  if (english) return english;
  english = nspell({ aff: Buffer.from(enDictionary.aff), dic: Buffer.from(enDictionary.dic) });
  englishLetters = tryLetters(english as unknown as SpellerInternals);
  return english;
}

/** Builds both spellers now, so the first check does not pay for it. */
export function loadSpellers(): void {
  germanSpeller();
  englishSpeller();
  germanProperNouns();
  sharedNames();
}

/**
 * Proper nouns in the German dictionary. igerman98 marks nothing as a name, but a name entry takes
 * at most the genitive -s (flag S) and never the compound flags every common noun has (m, j, x).
 */
function germanProperNouns(): Set<string> {
  if (germanNames) return germanNames;
  germanNames = new Set();
  for (const [word, flags] of dictionaryEntries()) {
    if (/^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && /^[Sn]*$/u.test(flags)) germanNames.add(word);
  }
  return germanNames;
}

let shared: Set<string> | undefined;

/**
 * Names igerman98 cannot mark: it gives towns the compound flag of common nouns (Hamburg/Sm, for
 * "Hamburgreise"). A capitalised German entry with no flags but the genitive and compound ones, which the
 * English dictionary lists only capitalised, is a name (Berlin, Leipzig, Dresden, Aachen) — or, rarely,
 * a common noun as well (Essen): the names check takes it for a noun after an article.
 */
export function sharedNames(): ReadonlySet<string> {
  if (shared) return shared;
  const english = new Set<string>();
  for (const line of Buffer.from(enDictionary.dic).toString('utf8').split('\n')) {
    const word = /^([^/\s]+)/u.exec(line)?.[1];
    if (word) english.add(word);
  }
  shared = new Set();
  for (const [word, flags] of dictionaryEntries()) {
    if (word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word) || !/^[Sm]*$/u.test(flags)) continue;
    // A lower-case English twin ("sun", "hamburg") makes the capital ambiguous: such words are left out.
    if (english.has(word) && !english.has(word.toLowerCase())) shared.add(word);
  }
  return shared;
}

/**
 * Longer "words" are not looked up or split: no dictionary word is this long (the longest German ones have
 * about 60 letters), and the look-up and the compound split grow with the length — a token of 200,000
 * letters took minutes. Exported so the checks skip such tokens the same way.
 */
export const MAX_WORD = 64;
/** Longer words get no suggestions and are never taken for a typo: nspell is slow on them and rarely right. */
const MAX_TYPO_LENGTH = 24;

const germanCache = new Map<string, boolean>();
const englishCache = new Map<string, boolean>();

/** True when German spelling accepts the word, also as a compound of known words or hyphenated parts. */
export function isGermanWord(word: string): boolean {
  const cached = germanCache.get(word);
  if (cached !== undefined) return cached;
  const verdict = hyphenated(word, germanWordOrCompound);
  germanCache.set(word, verdict);
  return verdict;
}

/** True when English spelling (US, or the regular British variants) accepts the word. */
export function isEnglishWord(word: string): boolean {
  const cached = englishCache.get(word);
  if (cached !== undefined) return cached;
  const verdict = hyphenated(word, englishWordOrVariant);
  englishCache.set(word, verdict);
  return verdict;
}

export function isKnownWord(lang: BaseLang, word: string): boolean {
  return lang === 'de' ? isGermanWord(word) : isEnglishWord(word);
}

/**
 * True when German has the word as it is written. A lower-case word is asked of the analysis lexicon first: German
 * writes every noun with a capital, so a form it knows only as a noun is no German word in lower case ("das budget").
 * A form it lacks is nspell's when nspell lists it with flags of its own or lists no noun of that spelling (or its
 * singular): igerman98 lower-cases every noun for compound tails ("File" → "files", as in "Konfigurations|files"),
 * and nspell lets those stand alone.
 */
export function isWrittenGerman(word: string): boolean {
  const { known, readings } = wordReading(word, 'de');
  const lower = /^\p{Ll}/u.test(word);
  // The analysis lexicon answers first; nspell only for what it does not know.
  if (known && !word.includes('-')) return !lower || readings.some((r) => r.pos !== 'noun' && r.pos !== 'propn');
  if (!isGermanWord(word)) return false;
  if (!lower) return true;
  if (known) return readings.some((r) => r.pos !== 'noun' && r.pos !== 'propn');
  const data = (germanSpeller() as unknown as SpellerInternals).data;
  const flags = data[word];
  if (flags !== undefined && flags.length > 0) return true;
  const noun = capitalise(word);
  return data[noun] === undefined && !(noun.endsWith('s') && data[noun.slice(0, -1)] !== undefined);
}

/**
 * True when the dictionary knows the word as a common word, not only as a name: English keeps
 * common words in lower case; German capitalises nouns, so its name entries are told apart by flags.
 */
export function isCommonWord(lang: BaseLang, word: string): boolean {
  const lower = word.toLowerCase();
  if (lang === 'en') return isEnglishWord(lower);
  if (isGermanWord(lower)) return true;
  return isGermanWord(word) && !germanProperNouns().has(word);
}

/** True when the dictionary lists the word only as a proper noun (Sony, Schmidt, Monday). */
export function isDictionaryName(lang: BaseLang, word: string): boolean {
  if (lang === 'de') return germanProperNouns().has(word) || sharedNames().has(word);
  return /^\p{Lu}/u.test(word) && isEnglishWord(word) && !isEnglishWord(word.toLowerCase());
}

/**
 * Spelling suggestions, best first, for a finding the reviewer has open (never during detection: for a word with
 * no known word one edit away nspell tries every two-edit form, tens of milliseconds a word). None for very long
 * words, where it gets slower still and rarely helps.
 */
export function suggestions(lang: BaseLang, word: string): string[] {
  return word.length > MAX_TYPO_LENGTH ? [] : speller(lang).suggest(word);
}

function speller(lang: BaseLang): Speller {
  return lang === 'de' ? germanSpeller() : englishSpeller();
}

/**
 * The letters nspell's suggestions try (the TRY line, and the keyboard rows it swaps letters along), with their
 * capitals, grouped by their lower case; with the lower case of every word in the speller's table. A one-edit form
 * whose lower case is not in that set is in the table in none of the ways `listed` accepts, so the typo test builds
 * each form in lower case once, from lower-cased pieces, and looks up the forms as written only on a hit.
 */
function tryLetters(internals: SpellerInternals): TryLetters {
  const letters = [...internals.flags.TRY, ...internals.flags.KEY.join('')];
  const byLower = new Map<string, string[]>();
  for (const letter of new Set([...letters, ...letters.map((l) => l.toUpperCase())])) {
    const lower = letter.toLowerCase();
    const group = byLower.get(lower);
    if (group) group.push(letter);
    else byLower.set(lower, [letter]);
  }
  return { byLower: [...byLower], lowerWords: new Set(Object.keys(internals.data).map((w) => w.toLowerCase())) };
}

interface TryLetters {
  /** [lower case, the letters with that lower case]. */
  byLower: [string, string[]][];
  lowerWords: Set<string>;
}

/** The parts of nspell's state the typo test reads: its word table, flags, input conversion and compound rules. */
interface SpellerInternals {
  data: Record<string, string[] | undefined>;
  flags: { TRY: string[]; KEY: string[]; NOSUGGEST?: string };
  conversion: { in: [RegExp, string][] };
  compoundRules: RegExp[];
}

/**
 * True when a known word is one edit away (a letter left out, added, replaced, or two neighbours swapped):
 * the word is then more likely a typo than a name. The same test as nspell's best suggestion being one edit
 * away, without its search of two-edit forms: each one-edit form (about 130 per letter) is looked up.
 */
export function hasWordOneEditAway(lang: BaseLang, raw: string): boolean {
  // Its work grows with the length: a hostile 8,000-letter "word" took minutes.
  if (raw.length > MAX_TYPO_LENGTH) return false;
  const check = speller(lang);
  const internals = check as unknown as SpellerInternals;
  const letters = lang === 'de' ? (germanLetters ??= tryLetters(internals)) : (englishLetters ??= tryLetters(internals));
  // As nspell reads its input (English: ’ as ').
  const word = internals.conversion.in.reduce((w, [pattern, to]) => w.replace(pattern, to), raw);
  const data = internals.data;
  // nspell knows a form that is in its word table as it is, in lower case, or (all capitals) in sentence case; or, in
  // English, an ordinal its compound rules build from digits. Other forms are passed over before the full look-up.
  const compounds = internals.compoundRules.length > 0 && /\d/u.test(word);
  const capitals = word.replace(/\P{Ll}/gu, '').length <= 1;
  const listed = (form: string) =>
    compounds ||
    data[form] !== undefined ||
    data[form.toLowerCase()] !== undefined ||
    (capitals && form === form.toUpperCase() && data[form.charAt(0) + form.slice(1).toLowerCase()] !== undefined);
  const known = (form: string) => form !== '' && listed(form) && check.correct(form) && suggestable(internals, form);
  // Lower-casing piece by piece equals lower-casing the whole except for a final sigma; compound rules need no table entry.
  if (compounds || word.includes('Σ')) return anyOneEdit(word, letters.byLower, known, () => true);
  const { lowerWords } = letters;
  return anyOneEdit(word, letters.byLower, known, (lower) => lowerWords.has(lower));
}

/**
 * True when a one-edit form of `word` is `known`; `maybe` gets the form's lower case first and rules it out cheaply
 * (it must be true for every known form).
 */
function anyOneEdit(word: string, byLower: [string, string[]][], known: (form: string) => boolean, maybe: (lower: string) => boolean): boolean {
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    const rest = after.slice(1);
    const lowBefore = before.toLowerCase();
    const lowAfter = after.toLowerCase();
    const lowRest = rest.toLowerCase();
    if (i < word.length && maybe(lowBefore + lowRest) && known(before + rest)) return true;
    if (i < word.length - 1 && after.charAt(0) !== after.charAt(1)) {
      const swapped = after.charAt(1) + after.charAt(0) + after.slice(2);
      if (maybe(lowBefore + swapped.toLowerCase()) && known(before + swapped)) return true;
    }
    const first = after.charAt(0);
    for (const [lower, group] of byLower) {
      if (maybe(lowBefore + lower + lowAfter) && group.some((letter) => known(before + letter + after))) return true;
      if (i < word.length && maybe(lowBefore + lower + lowRest) && group.some((letter) => letter !== first && known(before + letter + rest))) return true;
    }
  }
  return false;
}

/** nspell's suggestions leave out words flagged NOSUGGEST (vulgar words in igerman98); so does the typo test. */
function suggestable(internals: SpellerInternals, form: string): boolean {
  const noSuggest = internals.flags.NOSUGGEST;
  if (noSuggest === undefined) return true;
  const flags = internals.data[form] ?? internals.data[form.toLowerCase()];
  return !flags?.includes(noSuggest);
}

/** Prefixes written with a hyphen before a word (pre-tax, Ex-Chef, Anti-Terror): not words of their own. */
const HYPHEN_PREFIXES = new Set(
  'pre post non anti co ex re sub super multi semi pro mid over under self inter intra pseudo quasi ultra mega micro macro neo bi tri mini maxi vize'.split(
    ' ',
  ),
);

/** True for a prefix written before a hyphen (the "pre" of "pre-tax"). */
export function isHyphenPrefix(part: string): boolean {
  return HYPHEN_PREFIXES.has(part.toLowerCase());
}

/** Prefixes English writes closed up before a word (unmount, subdirectory, nonroot, preconfigured). */
const CLOSED_PREFIXES = ['un', 're', 'de', 'co', 'pre', 'post', 'non', 'sub', 'super', 'auto', 'multi', 'inter', 'over', 'under', 'meta', 'micro', 'semi', 'pseudo'];
const MIN_COMPOUND_WORD = 3;

/**
 * True for an English compound written closed up, of two dictionary words of three letters or more ("namespace",
 * "filesystems", "keyring") or of a prefix and a word of four or more ("unmount", "subdirectories"). The English
 * dictionary lists few of the compounds technical prose makes; a typo seldom splits into two words.
 */
export function isEnglishCompound(word: string): boolean {
  if (word.length < 2 * MIN_COMPOUND_WORD || word.length > MAX_TYPO_LENGTH) return false;
  const lower = word.toLowerCase();
  for (const prefix of CLOSED_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= 4 && isEnglishWord(lower.slice(prefix.length))) return true;
  }
  for (let cut = MIN_COMPOUND_WORD; cut <= lower.length - MIN_COMPOUND_WORD; cut++) {
    if (isEnglishWord(lower.slice(0, cut)) && isEnglishWord(lower.slice(cut))) return true;
  }
  return false;
}

/** True for a German word that can open a compound: a word, capitalised or not, with or without a linking -s ("Auslagerungs"). */
export function isGermanCompoundHead(part: string): boolean {
  const forms = [part, capitalise(part), part.toLowerCase()];
  if (part.endsWith('s') && part.length > MIN_PART + 1) forms.push(...forms.map((f) => f.slice(0, -1)));
  return forms.some((f) => germanSpeller().correct(f));
}

/** A hyphenated word is right when every part is; one-letter parts (E-Mail, T-Shirt) and prefixes (pre-) pass. */
function hyphenated(word: string, known: (part: string) => boolean): boolean {
  if (known(word)) return true;
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.every(
    (part, i) => part.length <= 1 || /\d/.test(part) || known(part) || (i < parts.length - 1 && isHyphenPrefix(part)),
  );
}

function germanWordOrCompound(word: string): boolean {
  if (word.length > MAX_WORD) return false;
  const speller = germanSpeller();
  if (speller.correct(word)) return true;
  // The dictionary lists abbreviations with their period (Dr., Mio.); the tokeniser drops it.
  if (word.length <= 4 && speller.correct(`${word}.`)) return true;
  if (inflectedAdjective(word.toLowerCase())) return true;
  return word.length >= 6 && isGermanCompound(word, 0);
}

const ADJECTIVE_ENDINGS = ['e', 'en', 'em', 'er', 'es'];
const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
// Closed-class words take no adjective endings: "und" + e is no word.
const UNINFLECTED = new Set('und oder aber als wie ein kein mein dein sein ihr unser euer der die das den dem des nur auch noch schon'.split(' '));

/**
 * The dictionary lacks many inflected adjectives ("weite", "phallischem"): take off the ending,
 * then a comparative -er or superlative -st (with its umlaut), and look for the base adjective.
 */
function inflectedAdjective(lower: string): boolean {
  const speller = germanSpeller();
  const known = (stem: string) => stem.length >= 3 && !UNINFLECTED.has(stem) && speller.correct(stem);
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    if (known(stem)) return true;
    for (const degree of ['er', 'st', 'est']) {
      if (!stem.endsWith(degree)) continue;
      const base = stem.slice(0, -degree.length);
      if (known(base) || known(base.replace(/[äöü](?=[^äöü]*$)/u, (c) => UMLAUTS[c] ?? c))) return true;
    }
  }
  return false;
}

const MIN_PART = 3;

/**
 * nspell does not implement Hunspell's compounding, so split here: a known first part (the
 * dictionary also lists linking forms such as "Bundes", "Arbeits"), an optional linking -s, and a
 * known rest, itself possibly a compound. The last part must be a word in its own right.
 */
function isGermanCompound(word: string, depth: number): boolean {
  const key = `${depth}:${word}`;
  const cached = compoundCache.get(key);
  if (cached !== undefined) return cached;
  const verdict = splitsIntoKnownParts(word, depth);
  compoundCache.set(key, verdict);
  return verdict;
}

const compoundCache = new Map<string, boolean>();

function splitsIntoKnownParts(word: string, depth: number): boolean {
  const speller = germanSpeller();
  const lowerWord = word === word.toLowerCase();
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    if (!isCompoundHead(head, depth)) continue;
    const rest = word.slice(cut);
    const tail = lowerWord ? rest : capitalise(rest);
    if (speller.correct(tail) || (!lowerWord && speller.correct(rest.toLowerCase()) && rest.length > 4)) {
      return true;
    }
    if (depth < 2 && rest.length >= 2 * MIN_PART && isGermanCompound(tail, depth + 1)) return true;
  }
  return false;
}

function isCompoundHead(head: string, depth: number): boolean {
  const speller = germanSpeller();
  const forms = depth === 0 ? [head, head.toLowerCase()] : [capitalise(head), head];
  for (const form of forms) {
    if (speller.correct(form)) return true;
    if (form.endsWith('s') && form.length > MIN_PART && speller.correct(form.slice(0, -1))) return true;
  }
  return false;
}

/** Regular British spellings the US dictionary lacks: colour, centre, organise, travelled, catalogue, defence. */
const BRITISH: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ful|less)?$/u, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1'],
  [/ys(e|es|ed|ing)$/u, 'yz$1'],
  [/tre(s)?$/u, 'ter$1'],
  [/tr(ed|ing)$/u, 'ter$1'],
  [/ll(ed|ing|er|ers|ery|ent)$/u, 'l$1'],
  [/ellery$/u, 'elry'],
  [/mme(s)?$/u, 'm$1'],
  [/ence(s)?$/u, 'ense$1'],
  [/ogue(s)?$/u, 'og$1'],
];

function englishWordOrVariant(word: string): boolean {
  if (word.length > MAX_WORD) return false;
  const speller = englishSpeller();
  if (speller.correct(word)) return true;
  const plain = word.replace(/’/g, "'");
  if (plain !== word && speller.correct(plain)) return true;
  // Possessive of a known word: "company's", "Sony's".
  if (/'s$/u.test(plain) && speller.correct(plain.slice(0, -2))) return true;
  if (BRITISH.some(([pattern, us]) => pattern.test(word) && speller.correct(word.replace(pattern, us)))) return true;
  const lower = word.toLowerCase();
  const plural = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return BRITISH_WORDS.has(lower) || BRITISH_WORDS.has(plural);
}

/** British words spelled differently as a whole, not by a regular ending. */
const BRITISH_WORDS = new Set('grey tyre kerb cheque plough sceptic sceptical aluminium storey pyjama mould moult smoulder manoeuvre'.split(' '));

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
