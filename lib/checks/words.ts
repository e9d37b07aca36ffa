/** Word-level helpers shared by the punctuation, length, untranslated, names and spelling checks. */
import { analyse, type Token as AnalysedToken } from '../analysis';
import type { BaseLang } from '../lang';
import { LETTER, MARK, NUMBER, lastEnd, nextWord } from '../segment/words';
import type { CheckContext, Span } from './types';
import { hasWordOneEditAway, isCommonWord, isDictionaryName, isKnownWord } from './dictionaries';
import { isSentenceStart } from './text';

export interface Token extends Span {
  text: string;
  /** What the checks ask of the word, shared by every occurrence of it. */
  facts: WordFacts;
}

/**
 * What the word checks ask of one word, the same wherever it stands: computed once per distinct word, so
 * that a check reads fields instead of looking the word up in a table of its own. Shared: do not change.
 */
export interface WordFacts {
  /** The word itself: one string per distinct word, which tokens share instead of a slice each (fewer objects to keep). */
  text: string;
  lower: string;
  /** The word without a genitive ending (withoutGenitive), and that in lower case. */
  base: string;
  baseLower: string;
  /** Shape flags (DIGIT, CAPITALISED, …). */
  shape: number;
  /** isKnownWord by language, filled when first asked. */
  known: [de: boolean | undefined, en: boolean | undefined];
  /** hasWordOneEditAway by language (a typo rather than a name), filled when first asked. */
  oneEditAway: [de: boolean | undefined, en: boolean | undefined];
  /** isNameWord for German [0, 1] and English [2, 3], inside a sentence and at its start, filled when first asked. */
  name: [de: boolean | undefined, deStart: boolean | undefined, en: boolean | undefined, enStart: boolean | undefined];
  /** formsOf, filled when first asked. */
  forms?: readonly string[];
}

const factsCache = new Map<string, WordFacts>();

/** The facts of a word (memoised, bounded). */
export function wordFacts(word: string): WordFacts {
  let f = factsCache.get(word);
  if (f === undefined) {
    const base = withoutGenitive(word);
    f = {
      text: word,
      lower: word.toLowerCase(),
      base,
      baseLower: base.toLowerCase(),
      shape: computeShape(word),
      known: [undefined, undefined],
      oneEditAway: [undefined, undefined],
      name: [undefined, undefined, undefined, undefined],
    };
    if (factsCache.size >= CACHE_LIMIT) factsCache.clear();
    factsCache.set(word, f);
  }
  return f;
}

/** isKnownWord for a token, asked of the dictionary once per word and language. */
export function knownWord(lang: BaseLang, token: Token): boolean {
  const known = token.facts.known;
  const at = lang === 'de' ? 0 : 1;
  return (known[at] ??= isKnownWord(lang, token.text));
}

/**
 * Whether a known word is one edit from the token (hasWordOneEditAway), asked once per word and language: the names
 * and the spelling check both ask it of an unknown capitalised word.
 */
export function oneEditFromWord(lang: BaseLang, token: Token): boolean {
  const near = token.facts.oneEditAway;
  const at = lang === 'de' ? 0 : 1;
  return (near[at] ??= hasWordOneEditAway(lang, token.text));
}

/**
 * Web addresses, e-mail addresses and @handles: never checked as words. Parts are bounded (64 for the part before
 * the @, 63 for a domain label, as the standards have it): unbounded, every letter of a long run was the start of a
 * match attempt that ran to the run's end, quadratic in the run.
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”„]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|@\w+|\b[\w-]{1,63}\.(?:com|de|org|net|io|eu)\b/gu;

/** Spans of web and e-mail addresses in a text. */
export function addressSpans(text: string): Span[] {
  // Most texts hold no address: a cheap look for its telltale characters spares the full pattern.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.') && !/\.(?:com|de|org|net|io|eu)\b/u.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether a span overlaps one of `spans` (sorted, as addressSpans gives them), for queries in text order: a cursor
 * moves along the spans, so a text with many addresses is not searched from the start for every word.
 */
export function overlapsInOrder(spans: readonly Span[]): (start: number, end: number) => boolean {
  let at = 0;
  return (start, end) => {
    while (at < spans.length && spans[at]!.end <= start) at++;
    return at < spans.length && spans[at]!.start < end;
  };
}

/**
 * The shared analysis of `text`, read by word span: for a span the analysis has one token for (it splits English
 * clitics off, so "Xiaomi's" has none), that token with its `known`, part of speech, lemma and sentence start.
 * Built once per check call; the analysis itself is cached.
 */
export function analysedTokens(text: string, lang: BaseLang): (start: number, end: number) => AnalysedToken | undefined {
  const byStart = new Map<number, AnalysedToken>();
  for (const t of analyse(text, lang).tokens) if (t.pos !== 'punct') byStart.set(t.start, t);
  return (start, end) => {
    const token = byStart.get(start);
    return token?.end === end ? token : undefined;
  };
}

// Segments repeat (headers, boilerplate) and every check tokenises both sides; the caches are bounded.
const CACHE_LIMIT = 20_000;
const tokenCache = new Map<string, Token[]>();

/**
 * The words of a text with their spans, skipping anything inside a web or e-mail address. A word is letters
 * and digits, joined by inner hyphens or apostrophes (E-Mail, Xiaomi's, don't).
 */
export function words(text: string): Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const addresses = addressSpans(text);
  const inAddress = overlapsInOrder(addresses);
  const found: Token[] = [];
  const classes = LETTER | MARK | NUMBER;
  for (let start = nextWord(text, 0, classes), end = lastEnd(); start >= 0; start = nextWord(text, end, classes), end = lastEnd()) {
    if (addresses.length > 0 && inAddress(start, end)) continue;
    const facts = wordFacts(text.slice(start, end));
    found.push({ text: facts.text, start, end, facts });
  }
  if (tokenCache.size > CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(text, found);
  return found;
}

/**
 * Every spelling under which the word could carry a name or a word of the other side: in lower case, as is
 * and without genitive, and so each hyphen part. Per word, on its facts: a text's forms are its words' forms,
 * read in place rather than kept as a set per text (sets per text kept thousands of objects alive).
 */
function formsOf(facts: WordFacts): readonly string[] {
  if (facts.forms === undefined) {
    const forms = [facts.lower, facts.baseLower];
    if (facts.text.includes('-')) {
      for (const part of facts.text.split('-')) {
        if (!part) continue;
        const partFacts = wordFacts(part);
        forms.push(partFacts.lower, partFacts.baseLower);
      }
    }
    facts.forms = forms;
  }
  return facts.forms;
}

/** True when some word of the text, or a hyphen part of one, has the form (lower case, see formsOf). */
export function hasWordForm(text: string, form: string): boolean {
  for (const token of words(text)) {
    const forms = formsOf(token.facts);
    for (let k = 0; k < forms.length; k++) if (forms[k] === form) return true;
  }
  return false;
}

/** The hyphen-separated parts of a word, with their own spans (Xiaomi-Smartphone → Xiaomi, Smartphone). */
export function hyphenParts(token: Token): Token[] {
  if (!token.text.includes('-')) return [token];
  const parts: Token[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    if (part) parts.push({ text: part, start: offset, end: offset + part.length, facts: wordFacts(part) });
    offset += part.length + 1;
  }
  return parts;
}

/** Endings of German place names (Landsberg, Rosenheim, Bad Tölz aside): -burg, -heim, -dorf, -ingen … */
export const PLACE_ENDING = /(?:burg|berg|dorf|hausen|heim|feld|felde|stadt|stedt|hafen|furt|bach|ingen|hofen|hof|brück|brücken|rode|stein|kirchen|hagen|born|brunn|wald|walde|bruck|leben|weiler|münster|heide|werder|mund|ow|itz|au)$/u;

export const DIGIT = 1;
export const CAPITALISED = 2;
export const ALL_CAPS = 4;
export const CAMEL_CASE = 8;
const UPPER = 16;

let lastWord = '';
let lastShape = 0;

/** The shape flags of a word, read from its facts: every check asks them of every word, several in a row of the same word. */
function shape(word: string): number {
  if (word !== lastWord) {
    lastShape = wordFacts(word).shape;
    lastWord = word;
  }
  return lastShape;
}

function computeShape(word: string): number {
  return (
    (/\p{N}/u.test(word) ? DIGIT : 0) |
    (/^\p{Lu}/u.test(word) ? CAPITALISED : 0) |
    (/^[\p{Lu}\p{N}]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 ? ALL_CAPS : 0) |
    (/\p{Ll}\p{Lu}/u.test(word) ? CAMEL_CASE : 0) |
    (/\p{Lu}/u.test(word) ? UPPER : 0)
  );
}

export const hasDigit = (word: string): boolean => (shape(word) & DIGIT) !== 0;
export const isCapitalised = (word: string): boolean => (shape(word) & CAPITALISED) !== 0;
/** Two or more capitals and no lower-case letter: EU, XDA, NASA. */
export const isAllCaps = (word: string): boolean => (shape(word) & ALL_CAPS) !== 0;
/** A capital after a lower-case letter: iPhone, OnePlus, PlayStation. */
export const isCamelCase = (word: string): boolean => (shape(word) & CAMEL_CASE) !== 0;
/** Shape flags of a capital letter or a digit anywhere: only such a word can be a name. */
export const CAPITAL_OR_DIGIT = UPPER | DIGIT;

/** The word without a genitive ending: Xiaomi's, Xiaomi’s, Xiaomis, Jones' → the name. */
export function withoutGenitive(word: string): string {
  const last = word.charAt(word.length - 1);
  if (last === "'" || last === '’') return word.slice(0, -1);
  if (last !== 's') return word;
  const before = word.charAt(word.length - 2);
  if (before === "'" || before === '’') return word.slice(0, -2);
  return word.length > 3 && before !== before.toUpperCase() ? word.slice(0, -1) : word;
}

// By glossary (a document's checks share one), so a long glossary is not read again for every segment.
const glossaryWordSets = new WeakMap<CheckContext['glossary'], { source?: ReadonlySet<string>; target?: ReadonlySet<string> }>();

/** Every word of every glossary term on one side, lower-cased: these are the client's own words. Shared: do not change. */
export function glossaryWords(ctx: CheckContext, side: 'source' | 'target'): ReadonlySet<string> {
  let sets = glossaryWordSets.get(ctx.glossary);
  if (!sets) glossaryWordSets.set(ctx.glossary, (sets = {}));
  let found = sets[side];
  if (!found) {
    const all = new Set<string>();
    for (const entry of ctx.glossary) {
      for (const w of words(side === 'source' ? entry.source : entry.target)) all.add(w.text.toLowerCase());
    }
    sets[side] = found = all;
  }
  return found;
}

/**
 * True when a word is a name or product in this language. Product tokens (iPhone, 5G, XDA) always
 * are. Otherwise a capitalised word is a name when the dictionary lists it only as a name, or does
 * not know it as a common word (Xiaomi, Leica, Snapdragon in German). German capitalises every noun,
 * so capitals alone say nothing there; in English a capital at a sentence start says nothing.
 * An English name the German dictionary lacks (Germany, Monday) is left out: it usually has a
 * German form of its own.
 */
export function isNameWord(token: Token, lang: BaseLang, text: string): boolean {
  const word = token.text;
  if (word.length < 2 || (token.facts.shape & CAPITAL_OR_DIGIT) === 0) return false;
  // Only English reads the sentence start; German capitalises every noun wherever it stands.
  const sentenceStart = lang === 'en' && isSentenceStart(text, token.start);
  const names = token.facts.name;
  const at = (lang === 'de' ? 0 : 2) + (sentenceStart ? 1 : 0);
  return (names[at] ??= judgeName(word, lang, sentenceStart));
}

function judgeName(word: string, lang: BaseLang, sentenceStart: boolean): boolean {
  if (isCamelCase(word) || (hasDigit(word) && /\p{L}/u.test(word))) return true;
  if (isAllCaps(word)) return !isKnownWord('de', word) && !isKnownWord('en', word);
  if (!isCapitalised(word)) return false;
  const base = withoutGenitive(word);
  if (lang === 'de') {
    if (isDictionaryName('de', word) || isDictionaryName('de', base)) return true;
    return !isCommonWord('de', word) && !isCommonWord('de', base);
  }
  if (sentenceStart) return false;
  if (isCommonWord('en', word) || isCommonWord('en', base)) return false;
  if (isKnownWord('en', word) || isKnownWord('en', base)) {
    return isDictionaryName('de', word) || isDictionaryName('de', base);
  }
  return !isCommonWord('de', word) && !isCommonWord('de', base);
}
