/**
 * Dictionary look-ups with lemmatising, compound splitting and synonyms, memoised per word because checks ask for
 * the same words over and over. A German word written in lower case is no noun, so its noun readings come last
 * („jahrhundertealtes“ is „alt“ "old", not „Alte“ "old woman").
 */
import type { BaseLang } from '../lang';
import { lemmaCandidates, splitCompound } from './morph';
import { isStopword } from './stopwords';
import { lexicon, type LexiconMaps } from './store';

/** What alignment needs to know about one lowercase word. */
export interface WordAnalysis {
  /** Dictionary forms the word stands for (its lemma, or its compound parts), and the word itself. */
  forms: string[];
  /** Content words of its translations, with their dictionary forms, in the other language → the rank of the first translation holding it (0: the first sense). */
  senses: Map<string, number>;
  /** True when the word or one of its base forms is a headword (not just its compound parts). */
  entry: boolean;
  /** Translations that are a single function word ("verfügen" → "have"): they may match a function word. */
  functionSenses: Set<string>;
}

export interface Lexicon {
  lookup(word: string, from: BaseLang): string[];
  isKnownWord(word: string, lang: BaseLang): boolean;
  /** True when the lowercase word or phrase is itself a headword, without lemmatising. */
  isHeadword(phrase: string, lang: BaseLang): boolean;
  /** True when the lowercase word or one of its base forms is a headword; compounds do not count. */
  hasEntry(word: string, lang: BaseLang): boolean;
  analyse(word: string, lang: BaseLang): WordAnalysis;
  /**
   * Readings of two adjacent words as a dictionary phrase, in either order and with the first
   * lemmatised ("verfügt über" → "über verfügen"); empty when they are no phrase.
   */
  phraseReadings(first: string, second: string, lang: BaseLang): WordAnalysis[];
  /** True when the lowercase word is a word of some two-word headword: only then can phraseReadings find a phrase with it as the second word. */
  inTwoWordPhrase(word: string, lang: BaseLang): boolean;
  /** Like analyse, but as if the word itself were not a headword (the build script prunes with it). */
  analyseWithoutEntry(word: string, lang: BaseLang): WordAnalysis;
}

// Bounded so a long-running server does not grow without limit on odd input.
const CACHE_LIMIT = 200_000;
const other = (lang: BaseLang): BaseLang => (lang === 'de' ? 'en' : 'de');

/** Senses reached through a synonym of a translation rank from here on: below every direct sense. */
export const SYNONYM_RANK = 1_000;
/** What one translation adds to a word's senses; FUNCTION_WORD when it is a single function word. */
type PhraseSenses = { senses: string[]; direct: string[] } | typeof FUNCTION_WORD;
const FUNCTION_WORD = 'function word';

/** Words of the two-word headwords: in first place, in second place, in either. */
interface TwoWordPhraseWords {
  first: Set<string>;
  second: Set<string>;
  any: Set<string>;
}

/** Letters each part of a closed English compound has at least: "log" + "in" is no compound, "file" + "system" is. */
const MIN_COMPOUND_PART = 3;

/** A function word counts as a content word's whole translation only among its first senses ("verfügt" → "has", not "harbour" → „haben“). */
const FUNCTION_SENSE_RANKS = 3;

/** True for a German word written with a lower-case first letter: not a noun. */
function lowerGerman(word: string, lang: BaseLang): boolean {
  if (lang !== 'de') return false;
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

/** A lexicon over the given maps; `createLexicon(lexicon())` is the shipped one. */
export function createLexicon(maps: LexiconMaps): Lexicon {
  // German words written in lower case have their own cache: their noun readings rank last.
  const caches = {
    de: new Map<string, WordAnalysis>(),
    en: new Map<string, WordAnalysis>(),
    deLower: new Map<string, WordAnalysis>(),
  };
  // Keyed by the two words as written, nested so a look-up builds no key string.
  const phraseCaches = {
    de: new Map<string, Map<string, WordAnalysis[]>>(),
    en: new Map<string, Map<string, WordAnalysis[]>>(),
  };
  let phraseCount = 0;
  const twoWordPhrases: Partial<Record<BaseLang, TwoWordPhraseWords>> = {};

  /** The first and the second words of the two-word headwords, read once per language. */
  function phraseWords(lang: BaseLang): TwoWordPhraseWords {
    let words = twoWordPhrases[lang];
    if (!words) {
      words = { first: new Set(), second: new Set(), any: new Set() };
      for (const head of maps[lang].keys()) {
        const space = head.indexOf(' ');
        if (space < 0 || head.indexOf(' ', space + 1) >= 0) continue;
        words.first.add(head.slice(0, space));
        words.second.add(head.slice(space + 1));
      }
      words.any = new Set([...words.first, ...words.second]);
      twoWordPhrases[lang] = words;
    }
    return words;
  }
  const lookupCaches = {
    de: new Map<string, string[]>(),
    en: new Map<string, string[]>(),
    deLower: new Map<string, string[]>(),
  };
  const nounHeads = maps.nounHeads ?? new Set<string>();
  const nounSenses = maps.nounSenses ?? new Map<string, Set<string>>();

  /** True when every translation of the German headword is a sense of the noun. */
  function nounOnly(form: string): boolean {
    return nounHeads.has(form);
  }

  /** The forms that are no noun, when the word is not one and such forms exist; else all of them. */
  function preferNotNoun(forms: string[], notNoun: boolean): string[] {
    if (!notNoun) return forms;
    const kept = forms.filter((f) => !nounOnly(f));
    return kept.length > 0 ? kept : forms;
  }

  function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      value = make();
      cache.set(key, value);
    }
    return value;
  }

  // Lemma candidates that are headwords, per word: translations and compound parts ask for the same words again and again.
  const headwordCandidates = { de: new Map<string, string[]>(), en: new Map<string, string[]>() };

  /** The word's lemma candidates that are headwords, the word itself first when it is one. */
  function candidateHeadwords(word: string, lang: BaseLang): string[] {
    return memo(headwordCandidates[lang], word, () => {
      const map = maps[lang];
      return lemmaCandidates(word, lang).filter((c) => map.has(c));
    });
  }

  /** Known dictionary forms of a word: itself if a headword, and every known lemma candidate ("kleine" is a noun and "klein"). */
  function knownForms(word: string, lang: BaseLang, skipExact: boolean, notNoun = false): string[] {
    const known = candidateHeadwords(word, lang);
    return preferNotNoun(skipExact ? known.filter((c) => c !== word) : known, notNoun);
  }

  function firstForm(word: string, lang: BaseLang, notNoun = false): string | undefined {
    if (maps[lang].has(word) && !(notNoun && nounOnly(word))) return word;
    return preferNotNoun(candidateHeadwords(word, lang), notNoun)[0];
  }

  /** Compound parts when a German word is not itself a headword; a word in lower case takes a head that is no noun. */
  function parts(word: string, lang: BaseLang, skipExact: boolean, notNoun = false): string[] {
    const forms = knownForms(word, lang, skipExact, notNoun);
    if (forms.length > 0) return forms;
    if (lang === 'en') return englishCompound(word) ?? [];
    // A hyphenless compound's head carries the inflection, so try each candidate form of the word.
    for (const candidate of lemmaCandidates(word, 'de')) {
      const split = splitCompound(candidate, (w) => firstForm(w, 'de'), 0, (w) => firstForm(w, 'de', notNoun));
      if (split) return split;
    }
    return [];
  }

  /**
   * An English compound written as one word, of two headwords of at least MIN_COMPOUND_PART letters each:
   * "filesystem" → file, system; "hostnames" → host, name (the German „Dateisystem“ is split the same way). The
   * modifier is uninflected, so it is looked up as it stands; only the head is lemmatised. Words with other signs
   * than letters (identifiers of code) are no compounds.
   */
  function englishCompound(word: string): string[] | undefined {
    if (!/^\p{Ll}+$/u.test(word)) return undefined;
    for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
      const modifier = word.slice(0, i);
      if (!maps.en.has(modifier) || isStopword(modifier, 'en')) continue;
      const head = firstForm(word.slice(i), 'en');
      if (head !== undefined && !isStopword(head, 'en')) return [modifier, head];
    }
    return undefined;
  }

  /**
   * The forms' translations in rank order; for a German word that is no noun (`notNoun`) the nouns' senses last,
   * for a capitalised one (`noun`: most likely a noun) first.
   */
  function translationsOf(forms: string[], lang: BaseLang, notNoun = false, noun = false): string[] {
    const seen = new Set<string>();
    for (const form of forms) for (const t of maps[lang].get(form) ?? []) seen.add(t);
    if (!notNoun && !noun) return [...seen];
    // A sense is a noun's when every form that is not all noun either lists it among its noun senses or not at all.
    const mixed = forms
      .filter((f) => !nounHeads.has(f))
      .map((f) => ({ nouns: nounSenses.get(f), own: new Set(maps.de.get(f) ?? []) }));
    const nouns: string[] = [];
    const others: string[] = [];
    for (const t of seen) (mixed.every((m) => m.nouns?.has(t) || !m.own.has(t)) ? nouns : others).push(t);
    return notNoun ? [...others, ...nouns] : [...nouns, ...others];
  }

  // Per translation, the words it adds to a sense list: the same translations come back for word after word.
  const phraseSenseCaches = { de: new Map<string, PhraseSenses>(), en: new Map<string, PhraseSenses>() };

  /** A translation's content words, each followed by its dictionary forms, and those of a one-word translation again as `direct`. */
  function phraseSenses(phrase: string, to: BaseLang): PhraseSenses {
    return memo(phraseSenseCaches[to], phrase, () => {
      if (isStopword(phrase, to)) return FUNCTION_WORD;
      const senses: string[] = [];
      const direct: string[] = [];
      for (const w of phrase.split(/[\s-]+/)) {
        // Function words inside phrases ("the police") would match any article.
        if (w === '' || isStopword(w, to)) continue;
        senses.push(w, ...knownForms(w, to, true));
        if (!phrase.includes(' ')) direct.push(w);
      }
      return { senses, direct };
    });
  }

  function compute(word: string, lang: BaseLang, skipExact: boolean, notNoun = false): WordAnalysis {
    const entry = knownForms(word, lang, skipExact).length > 0;
    const dictForms = parts(word, lang, skipExact, notNoun);
    const to = other(lang);
    const senses = new Map<string, number>();
    const functionSenses = new Set<string>();
    const add = (w: string, rank: number) => {
      if (!senses.has(w)) senses.set(w, rank);
    };
    const synonymsOf = maps.synonyms?.[to];
    const direct: [string, number][] = [];
    translationsOf(dictForms, lang, notNoun).forEach((phrase, rank) => {
      const read = phraseSenses(phrase, to);
      if (read === FUNCTION_WORD) {
        if (rank < FUNCTION_SENSE_RANKS) functionSenses.add(phrase);
        return;
      }
      for (const w of read.senses) add(w, rank);
      for (const w of read.direct) direct.push([w, rank]);
    });
    // Widened by synonyms of single-word translations, ranked below every direct sense.
    if (synonymsOf) for (const [w, rank] of direct) for (const s of synonymsOf.get(w) ?? []) add(s, SYNONYM_RANK + rank);
    const forms = dictForms.includes(word) ? dictForms : [word, ...dictForms];
    return { forms, senses, functionSenses, entry };
  }

  function analyse(word: string, lang: BaseLang): WordAnalysis {
    const key = word.toLowerCase();
    if (lowerGerman(word, lang)) return memo(caches.deLower, key, () => compute(key, lang, false, true));
    return memo(caches[lang], key, () => compute(key, lang, false));
  }

  function phraseReadings(first: string, second: string, lang: BaseLang): WordAnalysis[] {
    const cache = phraseCaches[lang];
    let inner = cache.get(first);
    let value = inner?.get(second);
    if (value !== undefined) return value;
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    // A two-word headword "x y" has x among the first words and y among the second: only such phrases are built.
    const { first: firsts, second: seconds } = phraseWords(lang);
    const bFirst = firsts.has(b);
    const bSecond = seconds.has(b);
    value = [];
    if (bFirst || bSecond) {
      for (const form of lemmaCandidates(a, lang)) {
        if (bSecond && firsts.has(form) && maps[lang].has(`${form} ${b}`)) value.push(analyse(`${form} ${b}`, lang));
        if (bFirst && seconds.has(form) && maps[lang].has(`${b} ${form}`)) value.push(analyse(`${b} ${form}`, lang));
      }
    }
    if (phraseCount >= CACHE_LIMIT) {
      phraseCaches.de.clear();
      phraseCaches.en.clear();
      phraseCount = 0;
      inner = undefined;
    }
    if (!inner) cache.set(first, (inner = new Map()));
    inner.set(second, value);
    phraseCount++;
    return value;
  }

  function lookup(word: string, from: BaseLang): string[] {
    const trimmed = word.trim();
    const key = trimmed.toLowerCase();
    if (lowerGerman(trimmed, from)) return memo(lookupCaches.deLower, key, () => uncachedLookup(key, from, true));
    return memo(lookupCaches[from], key, () => uncachedLookup(key, from, false));
  }

  function uncachedLookup(key: string, from: BaseLang, notNoun: boolean): string[] {
    const forms = knownForms(key, from, false, notNoun);
    // Capitalised German is most likely a noun ("Unternehmen" the company before "unternehmen" to undertake).
    if (forms.length > 0) return translationsOf(forms, from, notNoun, from === 'de' && !notNoun);
    if (from !== 'de') return [];
    // Unknown compound: its head says what it is ("Kameraherstellers" → "Hersteller").
    for (const candidate of lemmaCandidates(key, 'de')) {
      const split = splitCompound(candidate, (w) => firstForm(w, 'de'), 0, (w) => firstForm(w, 'de', notNoun));
      const head = split?.[split.length - 1];
      if (head !== undefined) return translationsOf([head], 'de', notNoun);
    }
    return [];
  }

  return {
    lookup,
    isKnownWord: (word, lang) => {
      const key = word.toLowerCase();
      return firstForm(key, lang) !== undefined || (lang === 'de' && parts(key, lang, false).length > 1);
    },
    isHeadword: (phrase, lang) => maps[lang].has(phrase),
    // As analyse's `entry`, without its senses and compound split: alignment asks it of every rebuilt separable verb.
    hasEntry: (word, lang) => knownForms(word.toLowerCase(), lang, false).length > 0,
    analyse,
    phraseReadings,
    inTwoWordPhrase: (word, lang) => phraseWords(lang).any.has(word),
    analyseWithoutEntry: (word, lang) => compute(word.toLowerCase(), lang, true),
  };
}

let shipped: Lexicon | undefined;
let shippedMaps: LexiconMaps | undefined;

/** The lexicon over the shipped data, created on first use. */
export function defaultLexicon(): Lexicon {
  const maps = lexicon();
  // Rebuilt when tests swap the maps, so memoised answers never outlive their data.
  if (!shipped || shippedMaps !== maps) {
    shipped = createLexicon(maps);
    shippedMaps = maps;
  }
  return shipped;
}

/** Translations of a German or English word, most common first; handles inflection and German compounds. */
export function lookup(word: string, from: BaseLang): string[] {
  return defaultLexicon().lookup(word, from);
}

/** True when the word or one of its base forms is a headword; German compounds of known parts do not count. */
export function hasEntry(word: string, lang: BaseLang): boolean {
  return defaultLexicon().hasEntry(word, lang);
}

/** True when the word, or a base form of it, is a headword of the lexicon. */
export function isKnownWord(word: string, lang: BaseLang): boolean {
  return defaultLexicon().isKnownWord(word, lang);
}
