/** Word alignment of a sentence and its translation from dictionary matches, identical tokens and cognates, each link with a confidence. */
import type { BaseLang } from '../lang';
import { defaultLexicon, SYNONYM_RANK, type Lexicon, type WordAnalysis } from './lookup';
import { isWordToken, tokenizeWithFacts, type Token, type WordFacts } from './tokenize';

export type { Token } from './tokenize';

export interface Alignment {
  sourceTokens: Token[];
  targetTokens: Token[];
  /** [source token index, target token index] pairs; a token may have several counterparts. */
  links: [number, number][];
  /** Index for index with `links`: how sure the link is, 0–1 (see LINK_CONFIDENCE). */
  confidence?: number[];
  /** Index for index with `links`: what made the link. */
  kinds?: LinkKind[];
  /** True when a side was longer than MAX_ALIGNED_CHARS, so nothing was aligned. */
  tooLong?: boolean;
}

/** What a link rests on. */
export type LinkKind = 'number' | 'identical' | 'lexicon' | 'synonym' | 'phrase' | 'separable' | 'compound' | 'cognate' | 'function';

/**
 * Starting confidence of a link by its kind, before position and competition: an equal number or a dictionary
 * translation is near certain; a cognate prefix or the word next to a compound's translated part is a guess.
 */
export const LINK_CONFIDENCE: Record<LinkKind, number> = {
  number: 0.95,
  identical: 0.9,
  lexicon: 0.9,
  separable: 0.85,
  phrase: 0.8,
  synonym: 0.6,
  compound: 0.65,
  cognate: 0.6,
  function: 0.55,
};

/** At or above this a link is a counterpart a check may rely on ("no counterpart at high confidence" means none at this). */
export const HIGH_CONFIDENCE = 0.7;

/**
 * Alignment weighs every source word against every target word, so its work grows with the square of the length
 * (a 20,000-character segment took a minute); a "sentence" longer than this is no sentence and is not aligned.
 */
export const MAX_ALIGNED_CHARS = 2_000;

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
  /** How it matches other words (null: not at all), memoised: the same pairs meet sentence after sentence. */
  pairs?: Map<WordInfo, ContentMatch | null>;
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
    // Written as in the text: a German word in lower case is no noun.
    analysis: lex.analyse(SYMBOL_WORD[lang][lower] ?? token.text, lang),
  };
}

/** True when one of `forms` is among `senses`. */
function formIn(forms: string[], senses: Set<string> | Map<string, number>): boolean {
  if (senses.size === 0) return false;
  for (const f of forms) if (senses.has(f)) return true;
  return false;
}

function translates(a: WordAnalysis, b: WordAnalysis): boolean {
  return formIn(b.forms, a.senses) || formIn(a.forms, b.senses);
}

/** The best rank, in either direction, of a sense through which `a` and `b` translate each other; Infinity when none. */
function senseRank(a: WordAnalysis, b: WordAnalysis): number {
  let best = Infinity;
  for (const f of b.forms) best = Math.min(best, a.senses.get(f) ?? Infinity);
  for (const f of a.forms) best = Math.min(best, b.senses.get(f) ?? Infinity);
  return best;
}

/** Confidence lost per rank of the sense a dictionary link rests on, down to LEXICON_FLOOR: a tenth sense is a weak reason. */
const RANK_STEP = 0.03;
const LEXICON_FLOOR = 0.65;

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

interface ContentMatch {
  kind: 'number' | 'identical' | 'lexicon' | 'synonym' | 'cognate';
  /** The kind's confidence, lowered for a dictionary link by the rank of the sense it rests on. */
  confidence: number;
}

const match = (kind: ContentMatch['kind'], confidence = LINK_CONFIDENCE[kind]): ContentMatch => ({ kind, confidence });

/** Two content words: the same number or word, a dictionary translation, or a cognate; null when none. */
function contentMatches(s: WordInfo, t: WordInfo): ContentMatch | null {
  if (s.numeric || t.numeric) return s.fold === t.fold ? match('number') : null;
  const pairs = (s.pairs ??= new Map());
  let found = pairs.get(t);
  if (found === undefined) {
    const rank = senseRank(s.analysis, t.analysis);
    if (s.fold === t.fold) found = match('identical');
    else if (rank >= SYNONYM_RANK && rank < Infinity) found = match('synonym');
    else if (rank < Infinity) found = match('lexicon', Math.max(LEXICON_FLOOR, LINK_CONFIDENCE.lexicon - RANK_STEP * rank));
    else found = cognates(s.cognate, t.cognate) ? match('cognate') : null;
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
 * Links each word of `source` to the words of `target` that translate it, each link with its kind and a
 * confidence. Links are many-to-many: the UI highlights all counterparts, the coverage check asks whether a
 * word has any, and checks that need certainty ask for one at HIGH_CONFIDENCE. A side longer than
 * MAX_ALIGNED_CHARS is tokenised but not aligned (`tooLong`).
 */
export function alignWords(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang): Alignment {
  const lex = defaultLexicon();
  const src = tokenizeWithFacts(source, sourceLang);
  const tgt = tokenizeWithFacts(target, targetLang);
  const sourceTokens = src.tokens;
  const targetTokens = tgt.tokens;
  if (source.length > MAX_ALIGNED_CHARS || target.length > MAX_ALIGNED_CHARS) {
    return { sourceTokens, targetTokens, links: [], confidence: [], kinds: [], tooLong: true };
  }
  const sInfo = sourceTokens.map((t, i) => info(t, src.facts[i]!, sourceLang, lex));
  const tInfo = targetTokens.map((t, i) => info(t, tgt.facts[i]!, targetLang, lex));
  const links: [number, number][] = [];
  const found = new Map<number, { kind: LinkKind; confidence: number; all: Set<LinkKind> }>();
  // A pair found twice keeps its surer reason, and remembers every reason.
  const link = (i: number, j: number, kind: LinkKind, confidence = LINK_CONFIDENCE[kind]) => {
    const key = i * 65_536 + j;
    const had = found.get(key);
    if (had === undefined) {
      links.push([i, j]);
      found.set(key, { kind, confidence, all: new Set([kind]) });
      return;
    }
    had.all.add(kind);
    if (confidence > had.confidence) Object.assign(had, { kind, confidence });
  };
  // Two function words never match; a function word only matches a content word that translates to it.
  const sKinds = byKind(sInfo);
  const tKinds = byKind(tInfo);
  for (const i of sKinds.content) {
    const s = sInfo[i]!;
    for (const j of tKinds.content) {
      const m = contentMatches(s, tInfo[j]!);
      if (m) link(i, j, m.kind, m.confidence);
    }
    if (s.analysis.functionSenses.size === 0) continue;
    for (const j of tKinds.other) if (translatesToFunctionWord(s.analysis, tInfo[j]!.analysis)) link(i, j, 'function');
  }
  for (const j of tKinds.content) {
    const t = tInfo[j]!;
    if (t.analysis.functionSenses.size === 0) continue;
    for (const i of sKinds.other) if (translatesToFunctionWord(t.analysis, sInfo[i]!.analysis)) link(i, j, 'function');
  }
  // Two-word entries ("im Amt" → "in office") link words that mean nothing alone.
  for (const [i, j] of phraseLinks(sourceTokens, sInfo, sourceLang, tInfo, lex)) link(i, j, 'phrase');
  for (const [j, i] of phraseLinks(targetTokens, tInfo, targetLang, sInfo, lex)) link(i, j, 'phrase');
  // German separable verbs: "kündigt … an" is "ankündigen"; link the verb and its particle.
  if (sourceLang === 'de') {
    for (const [verb, particle, j] of separableVerbs(sourceTokens, src.facts, sInfo, tInfo, lex)) {
      link(verb, j, 'separable');
      link(particle, j, 'separable');
    }
  }
  if (targetLang === 'de') {
    for (const [verb, particle, i] of separableVerbs(targetTokens, tgt.facts, tInfo, sInfo, lex)) {
      link(i, verb, 'separable');
      link(i, particle, 'separable');
    }
  }
  // A German closed compound is an English open one: "Nachthimmel" ↔ "night sky", "Samstagmorgen" ↔ "Saturday morning".
  // Read from the links that are no synonym guess, so that a guessed "sky" does not hide the compound's rest.
  const sure = links.filter(([i, j]) => found.get(i * 65_536 + j)?.kind !== 'synonym');
  if (sourceLang === 'de' && targetLang === 'en') {
    for (const [i, j] of compoundHeads(sInfo, targetTokens, tInfo, sure, false, lex)) link(i, j, 'compound');
  } else if (sourceLang === 'en' && targetLang === 'de') {
    for (const [j, i] of compoundHeads(tInfo, sourceTokens, sInfo, sure, true, lex)) link(i, j, 'compound');
  }
  links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const reasons = links.map(([i, j]) => found.get(i * 65_536 + j)!);
  const kinds = reasons.map((r) => r.kind);
  const germanSide = sourceLang === 'de' ? 'source' : targetLang === 'de' ? 'target' : undefined;
  const base = reasons.map((r, k) => (claimed(links[k]!, r, links, found, germanSide) ? r.confidence * CLAIMED_FACTOR : r.confidence));
  const confidence = confidences(links, base, sInfo, tInfo);
  return { sourceTokens, targetTokens, links, confidence, kinds };
}

/** Links that rest on the word itself; the others are read from phrases, verb particles, compounds or guesses. */
const DIRECT: ReadonlySet<LinkKind> = new Set(['number', 'identical', 'lexicon']);
/** What an indirect link keeps when one of its words has a surer direct counterpart elsewhere. */
const CLAIMED_FACTOR = 0.6;

/**
 * True when an indirect link ("Schalten … aus" → "remove" through „ausschalten“) meets a word that another word
 * translates directly and at least as surely („entfernen“ → "remove"); a word linked for the same reason (the verb of
 * a separable verb, linked directly too) is no rival. A German separable verb or compound has several counterparts by
 * nature, so for those only the English word's rivals count; phrase links are many-to-many by design.
 */
function claimed(
  [i, j]: [number, number],
  reason: { kind: LinkKind; confidence: number },
  links: [number, number][],
  found: Map<number, { kind: LinkKind; confidence: number; all: Set<LinkKind> }>,
  germanSide: 'source' | 'target' | undefined,
): boolean {
  if (DIRECT.has(reason.kind) || reason.kind === 'phrase') return false;
  const germanMany = (reason.kind === 'separable' || reason.kind === 'compound') && germanSide !== undefined;
  for (const [a, b] of links) {
    if ((a === i) === (b === j)) continue;
    // Sharing the German word of a separable verb or compound: its other counterpart, no rival.
    if (germanMany && (germanSide === 'source' ? a === i : b === j)) continue;
    const other = found.get(a * 65_536 + b)!;
    if (DIRECT.has(other.kind) && !other.all.has(reason.kind) && other.confidence >= reason.confidence) return true;
  }
  return false;
}

/** How much a counterpart that another occurrence of the same word also claims loses, when it is not the nearer one. */
const RIVAL_FACTOR = 0.5;
/** How much a link loses at most for lying far from the diagonal (German verbs go last, so it is mild). */
const DISTANCE_PENALTY = 0.2;

/**
 * A link's confidence: its reason's, lowered by its distance from the diagonal and, when a repeated word
 * ("neue … neue") meets a single counterpart, for every occurrence but the nearest.
 */
function confidences(
  links: [number, number][],
  base: number[],
  sInfo: (WordInfo | undefined)[],
  tInfo: (WordInfo | undefined)[],
): number[] {
  const n = Math.max(1, sInfo.length - 1);
  const m = Math.max(1, tInfo.length - 1);
  const distance = (i: number, j: number) => Math.abs(i / n - j / m);
  // Per target token and source fold, the nearest source occurrence; likewise per source token and target fold.
  const nearestSource = new Map<string, number>();
  const nearestTarget = new Map<string, number>();
  links.forEach(([i, j]) => {
    const sKey = `${j}\t${sInfo[i]?.fold}`;
    const best = nearestSource.get(sKey);
    if (best === undefined || distance(i, j) < distance(best, j)) nearestSource.set(sKey, i);
    const tKey = `${i}\t${tInfo[j]?.fold}`;
    const bestT = nearestTarget.get(tKey);
    if (bestT === undefined || distance(i, j) < distance(i, bestT)) nearestTarget.set(tKey, j);
  });
  return links.map(([i, j], k) => {
    let c = base[k]! * (1 - DISTANCE_PENALTY * distance(i, j));
    if (nearestSource.get(`${j}\t${sInfo[i]?.fold}`) !== i || nearestTarget.get(`${i}\t${tInfo[j]?.fold}`) !== j) c *= RIVAL_FACTOR;
    return Math.round(c * 100) / 100;
  });
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
