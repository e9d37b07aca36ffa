/** Word alignment of a sentence and its translation from dictionary matches, identical tokens and cognates. */
import type { BaseLang } from '../lang';
import { defaultLexicon, type Lexicon, type WordAnalysis } from './lookup';
import { isWordToken, tokenizeWithFacts, type Token, type WordFacts } from './tokenize';

export type { Token } from './tokenize';

export interface Alignment {
  sourceTokens: Token[];
  targetTokens: Token[];
  /** [source token index, target token index] pairs; a token may have several counterparts. */
  links: [number, number][];
}

export interface WordInfo {
  /** Lowercase, umlauts and ß folded, possessive 's and number separators removed: equal folds are the same word. */
  fold: string;
  /** Spelling-normalised fold for cognates: "Telefon" and "telephone" meet at "telefon". */
  cognate: string;
  numeric: boolean;
  content: boolean;
  /** Part of some two-word headword: only then can it close a dictionary phrase ("im Amt"). */
  phrasePart: boolean;
  analysis: WordAnalysis;
  /** Whether it translates or is a cognate of other words, memoised: the same pairs meet sentence after sentence. */
  pairs?: Map<WordInfo, boolean>;
}

// Symbols are looked up as the word they stand for.
const SYMBOL_WORD: Record<BaseLang, Record<string, string>> = {
  de: { '%': 'prozent', '€': 'euro', $: 'dollar', '£': 'pfund' },
  en: { '%': 'percent', '€': 'euro', $: 'dollar', '£': 'pound' },
};
const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', é: 'e', è: 'e', á: 'a', à: 'a', ó: 'o', í: 'i' };
const MIN_COGNATE = 4;
const COGNATE_PREFIX = 5;

function fold(lower: string): string {
  if (/^\p{N}/u.test(lower)) return lower.replace(/[.,:]/g, '');
  return lower.replace(/['’]s?$/, '').replace(/[äöüßéèáàóí]/g, (c) => FOLD[c] ?? c);
}

function cognateKey(folded: string): string {
  return folded.replace(/ph/g, 'f').replace(/[kz]/g, 'c').replace(/th/g, 't');
}

/**
 * A token's WordInfo depends only on its text, language and content flag: memoised with the word's facts
 * (one look-up per token for tokenising and alignment), for one lexicon.
 */
function info(token: Token, facts: WordFacts, lang: BaseLang, lex: Lexicon): WordInfo | undefined {
  if (facts.lexicon !== lex || !facts.info) {
    facts.lexicon = lex;
    facts.info = [undefined, undefined];
  }
  const slot = token.content ? 1 : 0;
  let found = facts.info[slot];
  if (found === undefined) found = facts.info[slot] = computeInfo(token, lang, lex) ?? null;
  return found ?? undefined;
}

function computeInfo(token: Token, lang: BaseLang, lex: Lexicon): WordInfo | undefined {
  if (!token.content && !isWordToken(token)) return undefined;
  const lower = token.text.toLowerCase();
  const word = SYMBOL_WORD[lang][lower] ?? lower;
  const folded = fold(word);
  return {
    fold: folded,
    cognate: cognateKey(folded),
    numeric: /^\p{N}/u.test(word),
    content: token.content,
    phrasePart: lex.inTwoWordPhrase(lower, lang),
    analysis: lex.analyse(word, lang),
  };
}

/** True when one of `forms` is among `senses`. */
function formIn(forms: string[], senses: Set<string>): boolean {
  if (senses.size === 0) return false;
  for (const f of forms) if (senses.has(f)) return true;
  return false;
}

function translates(a: WordAnalysis, b: WordAnalysis): boolean {
  return formIn(b.forms, a.senses) || formIn(a.forms, b.senses);
}

/** Shared start long enough to be the same root: "strategische"/"strategic", "tech"/"technologie". */
function cognates(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_COGNATE) return false;
  let p = 0;
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p >= COGNATE_PREFIX || p === shorter;
}

/** A content word whose whole translation is the function word: "verfügt" → "has". */
function translatesToFunctionWord(content: WordAnalysis, functionWord: WordAnalysis): boolean {
  return formIn(functionWord.forms, content.functionSenses);
}

// Per word, so a common word's memo stays small; cleared when full.
const PAIRS_LIMIT = 1_000;

/** Two content words: the same word, a dictionary translation, or a cognate. */
function contentMatches(s: WordInfo, t: WordInfo): boolean {
  if (s.fold === t.fold) return true;
  if (s.numeric || t.numeric) return false;
  const pairs = (s.pairs ??= new Map());
  let found = pairs.get(t);
  if (found === undefined) {
    found = translates(s.analysis, t.analysis) || cognates(s.cognate, t.cognate);
    if (pairs.size >= PAIRS_LIMIT) pairs.clear();
    pairs.set(t, found);
  }
  return found;
}

/** Indices of the tokens with a WordInfo, split into content and function words. */
function byKind(infos: (WordInfo | undefined)[]): { content: number[]; other: number[] } {
  const content: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    if (w) (w.content ? content : other).push(i);
  }
  return { content, other };
}

/**
 * Links each word of `source` to the words of `target` that translate it. Links are
 * many-to-many: the UI highlights all counterparts and the coverage check only asks
 * whether a word has any.
 */
export function alignWords(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang): Alignment {
  const lex = defaultLexicon();
  const src = tokenizeWithFacts(source, sourceLang);
  const tgt = tokenizeWithFacts(target, targetLang);
  const sourceTokens = src.tokens;
  const targetTokens = tgt.tokens;
  const sInfo = sourceTokens.map((t, i) => info(t, src.facts[i]!, sourceLang, lex));
  const tInfo = targetTokens.map((t, i) => info(t, tgt.facts[i]!, targetLang, lex));
  const links: [number, number][] = [];
  const seen = new Set<number>();
  const link = (i: number, j: number) => {
    const key = i * 65_536 + j;
    if (seen.has(key)) return;
    seen.add(key);
    links.push([i, j]);
  };
  // Two function words never match; a function word only matches a content word that translates to it.
  const sKinds = byKind(sInfo);
  const tKinds = byKind(tInfo);
  for (const i of sKinds.content) {
    const s = sInfo[i]!;
    for (const j of tKinds.content) if (contentMatches(s, tInfo[j]!)) link(i, j);
    if (s.analysis.functionSenses.size === 0) continue;
    for (const j of tKinds.other) if (translatesToFunctionWord(s.analysis, tInfo[j]!.analysis)) link(i, j);
  }
  for (const j of tKinds.content) {
    const t = tInfo[j]!;
    if (t.analysis.functionSenses.size === 0) continue;
    for (const i of sKinds.other) if (translatesToFunctionWord(t.analysis, sInfo[i]!.analysis)) link(i, j);
  }
  // Two-word entries ("im Amt" → "in office") link words that mean nothing alone.
  for (const [i, j] of phraseLinks(sourceTokens, sInfo, sourceLang, tInfo, lex)) link(i, j);
  for (const [j, i] of phraseLinks(targetTokens, tInfo, targetLang, sInfo, lex)) link(i, j);
  // German separable verbs: "kündigt … an" is "ankündigen"; link the verb and its particle.
  if (sourceLang === 'de') {
    for (const [verb, particle, j] of separableVerbs(sourceTokens, src.facts, sInfo, tInfo, lex)) {
      link(verb, j);
      link(particle, j);
    }
  }
  if (targetLang === 'de') {
    for (const [verb, particle, i] of separableVerbs(targetTokens, tgt.facts, tInfo, sInfo, lex)) {
      link(i, verb);
      link(i, particle);
    }
  }
  // A German closed compound is an English open one: "Nachthimmel" ↔ "night sky", "Samstagmorgen" ↔ "Saturday morning".
  if (sourceLang === 'de' && targetLang === 'en') {
    for (const [i, j] of compoundHeads(sInfo, targetTokens, tInfo, links, false, lex)) link(i, j);
  } else if (sourceLang === 'en' && targetLang === 'de') {
    for (const [j, i] of compoundHeads(tInfo, sourceTokens, sInfo, links, true, lex)) link(i, j);
  }
  links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { sourceTokens, targetTokens, links };
}

/** True for a German word the lexicon only knows as a compound of known parts. */
function isCompound(word: WordInfo | undefined): boolean {
  return word !== undefined && word.content && !word.numeric && !word.analysis.entry && word.analysis.forms.length > 2;
}

/**
 * [German compound, English word] pairs: when just one English word renders a part of the compound,
 * the unlinked content word next to it is the rest of the English compound, before it when the
 * linked word renders the head ("Nachthimmel" ↔ "night sky" links "sky" after "night").
 */
function compoundHeads(
  german: (WordInfo | undefined)[],
  englishTokens: Token[],
  english: (WordInfo | undefined)[],
  links: [number, number][],
  germanIsTarget: boolean,
  lex: Lexicon,
): [number, number][] {
  if (!german.some(isCompound)) return [];
  const linkedEnglish = new Set<number>();
  const byGerman = new Map<number, number[]>();
  for (const [a, b] of links) {
    const [g, e] = germanIsTarget ? [b, a] : [a, b];
    linkedEnglish.add(e);
    const list = byGerman.get(g);
    if (list) list.push(e);
    else byGerman.set(g, [e]);
  }
  const found: [number, number][] = [];
  for (const [g, counterparts] of byGerman) {
    const compound = german[g];
    const e = counterparts[0]!;
    const linked = english[e];
    if (counterparts.length !== 1 || !compound || !isCompound(compound) || !linked) continue;
    const head = compound.analysis.forms[compound.analysis.forms.length - 1]!;
    const n = translates(lex.analyse(head, 'de'), linked.analysis) ? e - 1 : e + 1;
    const word = english[n];
    // Only directly adjacent words: "night sky", not "night and the sky".
    if (!word?.content || word.numeric || linkedEnglish.has(n) || !isWordToken(englishTokens[n])) continue;
    found.push([g, n]);
  }
  return found;
}

/** [verb, particle, counterpart] triples for German verbs whose particle closes the clause. */
function separableVerbs(
  tokens: Token[],
  facts: WordFacts[],
  infos: (WordInfo | undefined)[],
  other: (WordInfo | undefined)[],
  lex: Lexicon,
): [number, number, number][] {
  // Particles closing their clause, read from the words' facts (as tokenizing marks them): no lower case per token.
  const particles: number[] = [];
  for (let i = 0; i < facts.length; i++) if (facts[i]!.particle && !facts[i + 1]?.word) particles.push(i);
  if (particles.length === 0) return [];
  const found: [number, number, number][] = [];
  infos.forEach((word, i) => {
    if (!word?.content || word.numeric) return;
    const particle = particles.find((p) => p > i);
    if (particle === undefined) return;
    const verb = tokens[i]?.text.toLowerCase() ?? '';
    const particleText = tokens[particle]?.text.toLowerCase() ?? '';
    // The dictionary lists finite forms as phrases ("trat zurück"); other forms are rebuilt ("ankündigt").
    const readings = [`${verb} ${particleText}`, particleText + verb]
      .filter((reading) => lex.isHeadword(reading, 'de') || (!reading.includes(' ') && lex.hasEntry(reading, 'de')))
      .map((reading) => lex.analyse(reading, 'de'));
    if (readings.length === 0) return;
    other.forEach((o, j) => {
      if (o?.content && readings.some((r) => translates(r, o.analysis))) found.push([i, particle, j]);
    });
  });
  return found;
}

/** [token, counterpart] pairs for adjacent word pairs that are a dictionary phrase translated on the other side. */
function phraseLinks(
  tokens: Token[],
  infos: (WordInfo | undefined)[],
  lang: BaseLang,
  other: (WordInfo | undefined)[],
  lex: Lexicon,
): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = infos[i];
    const b = infos[i + 1];
    if (!a || !b || (!a.content && !b.content) || !b.phrasePart) continue;
    const readings = lex.phraseReadings(tokens[i]?.text ?? '', tokens[i + 1]?.text ?? '', lang);
    if (readings.length === 0) continue;
    for (let j = 0; j < other.length; j++) {
      const o = other[j];
      if (o && readsAs(readings, o)) found.push([i, j], [i + 1, j]);
    }
  }
  return found;
}

// Per phrase reading, like `pairs` per word: a document meets the same phrases and words again and again.
const phrasePairs = new WeakMap<WordAnalysis, Map<WordInfo, boolean>>();

/** True when one reading of a phrase translates the word (a loop: this runs for every word of the other side). */
function readsAs(readings: WordAnalysis[], o: WordInfo): boolean {
  for (const r of readings) if (phraseMatches(r, o)) return true;
  return false;
}

/** A dictionary phrase and a word: a translation of a content word, or the whole translation of a function word. */
function phraseMatches(reading: WordAnalysis, o: WordInfo): boolean {
  let pairs = phrasePairs.get(reading);
  if (!pairs) phrasePairs.set(reading, (pairs = new Map()));
  let found = pairs.get(o);
  if (found === undefined) {
    found = o.content ? translates(reading, o.analysis) : translatesToFunctionWord(reading, o.analysis);
    if (pairs.size >= PAIRS_LIMIT) pairs.clear();
    pairs.set(o, found);
  }
  return found;
}
