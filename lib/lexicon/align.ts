/** Word alignment of a sentence and its translation from dictionary matches, identical tokens and cognates. */
import type { BaseLang } from '../lang';
import { defaultLexicon, type Lexicon, type WordAnalysis } from './lookup';
import { DE_PARTICLES } from './morph';
import { tokenize, type Token } from './tokenize';

export type { Token } from './tokenize';

export interface Alignment {
  sourceTokens: Token[];
  targetTokens: Token[];
  /** [source token index, target token index] pairs; a token may have several counterparts. */
  links: [number, number][];
}

interface WordInfo {
  /** Lowercase, umlauts and ß folded, possessive 's and number separators removed: equal folds are the same word. */
  fold: string;
  /** Spelling-normalised fold for cognates: "Telefon" and "telephone" meet at "telefon". */
  cognate: string;
  numeric: boolean;
  analysis: WordAnalysis;
}

// Symbols are looked up as the word they stand for.
const SYMBOL_WORD: Record<BaseLang, Record<string, string>> = {
  de: { '%': 'prozent', '€': 'euro', $: 'dollar', '£': 'pfund' },
  en: { '%': 'percent', '€': 'euro', $: 'dollar', '£': 'pound' },
};
const PARTICLES = new Set(DE_PARTICLES);
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

function info(token: Token, lang: BaseLang, lex: Lexicon): WordInfo | undefined {
  if (!token.content) return undefined;
  const lower = token.text.toLowerCase();
  const word = SYMBOL_WORD[lang][lower] ?? lower;
  const folded = fold(word);
  return { fold: folded, cognate: cognateKey(folded), numeric: /^\p{N}/u.test(word), analysis: lex.analyse(word, lang) };
}

function translates(a: WordAnalysis, b: WordAnalysis): boolean {
  return b.forms.some((f) => a.senses.has(f)) || a.forms.some((f) => b.senses.has(f));
}

/** Shared start long enough to be the same root: "strategische"/"strategic", "tech"/"technologie". */
function cognates(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_COGNATE) return false;
  let p = 0;
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p >= COGNATE_PREFIX || p === shorter;
}

function matches(s: WordInfo, t: WordInfo): boolean {
  if (s.fold === t.fold) return true;
  if (s.numeric || t.numeric) return false;
  return translates(s.analysis, t.analysis) || cognates(s.cognate, t.cognate);
}

/**
 * Links each word of `source` to the words of `target` that translate it. Links are
 * many-to-many: the UI highlights all counterparts and the coverage check only asks
 * whether a word has any.
 */
export function alignWords(
  source: string,
  target: string,
  sourceLang: BaseLang,
  targetLang: BaseLang,
): Alignment {
  const lex = defaultLexicon();
  const sourceTokens = tokenize(source, sourceLang);
  const targetTokens = tokenize(target, targetLang);
  const sInfo = sourceTokens.map((t) => info(t, sourceLang, lex));
  const tInfo = targetTokens.map((t) => info(t, targetLang, lex));
  const links: [number, number][] = [];
  const linkedSource = new Set<number>();
  const linkedTarget = new Set<number>();
  sInfo.forEach((s, i) => {
    if (!s) return;
    tInfo.forEach((t, j) => {
      if (t && matches(s, t)) {
        links.push([i, j]);
        linkedSource.add(i);
        linkedTarget.add(j);
      }
    });
  });
  // German separable verbs: "kündigt … an" is "ankündigen"; link the verb and its particle.
  const german = sourceLang === 'de' ? { tokens: sourceTokens, infos: sInfo, other: tInfo, linked: linkedSource } : undefined;
  const germanTarget = targetLang === 'de' ? { tokens: targetTokens, infos: tInfo, other: sInfo, linked: linkedTarget } : undefined;
  for (const side of [german, germanTarget]) {
    if (!side) continue;
    for (const [verb, particle, counterpart] of separableVerbs(side.tokens, side.infos, side.other, side.linked, lex)) {
      const pairs: [number, number][] =
        side === german ? [[verb, counterpart], [particle, counterpart]] : [[counterpart, verb], [counterpart, particle]];
      for (const pair of pairs) links.push(pair);
      side.linked.add(verb);
      side.linked.add(particle);
      (side === german ? linkedTarget : linkedSource).add(counterpart);
    }
  }
  return { sourceTokens, targetTokens, links };
}

/** [verb, particle, counterpart] triples for unlinked German verbs whose particle ends a clause. */
function separableVerbs(
  tokens: Token[],
  infos: (WordInfo | undefined)[],
  other: (WordInfo | undefined)[],
  linked: Set<number>,
  lex: Lexicon,
): [number, number, number][] {
  const particles: number[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (PARTICLES.has(t.text.toLowerCase()) && (next === undefined || !/[\p{L}\p{N}]/u.test(next.text))) particles.push(i);
  });
  if (particles.length === 0) return [];
  const found: [number, number, number][] = [];
  infos.forEach((word, i) => {
    if (!word || linked.has(i) || word.numeric) return;
    const particle = particles.find((p) => p > i);
    if (particle === undefined) return;
    const joined = lex.analyse(`${tokens[particle]?.text ?? ''}${tokens[i]?.text ?? ''}`.toLowerCase(), 'de');
    other.forEach((o, j) => {
      if (o && translates(joined, o.analysis)) found.push([i, particle, j]);
    });
  });
  return found;
}
