/** Omission and addition check: content words on one side with no counterpart on the other, found by word alignment. */
import { analyse, type Token as AnalysedToken } from '../analysis';
import { alignSegment, analysedTokens, hasEntry, lookup, MAX_ALIGNED_CHARS, type LinkKind, type Token } from '../lexicon';
import { isBlank } from '../segment/words';
import type { BaseLang } from '../lang';
import { omittedVerbs } from './coverage-verbs';
import { GERMAN_COVERAGE } from './data';
import { ruleFinding } from './rules/catalogue';
import type { Finding, SegmentCheck, Severity, Span } from './types';

/**
 * How far apart (as a share of the sentence) an unmatched source and target word may be and
 * still be a paraphrase of each other; German puts verbs last, so this is generous.
 */
const PARAPHRASE_DISTANCE = 0.35;
/** Words this short are mostly abbreviations and particles the dictionary handles poorly. */
const MIN_LETTERS = 3;
/** Content words an addition must have in a row (function words may lie between) to be reported. */
const MIN_ADDED_RUN = 2;

interface Gap {
  index: number;
  /** Position of the word's middle as a share of its sentence, 0…1. */
  at: number;
}

/** Unlinked content words of one side, as gaps. */
function gaps(tokens: readonly Token[], linked: Set<number>, length: number): Gap[] {
  const out: Gap[] = [];
  tokens.forEach((t, index) => {
    if (!t.content || linked.has(index)) return;
    if (!/\p{N}/u.test(t.text) && t.text.length < MIN_LETTERS) return;
    out.push({ index, at: (t.start + t.end) / 2 / Math.max(length, 1) });
  });
  return out;
}

/** What one side of the pair offers to judge its unlinked words by. */
interface Side {
  tokens: readonly Token[];
  /** Index for index, the shared analysis's token at each alignment token; read only for a word still unmatched. */
  analysed: () => (AnalysedToken | undefined)[];
  linked: Set<number>;
  /** Per token, the words of the other side it renders one-to-many as a part of (links but verb particles and phrases). */
  compoundParts: Map<number, number[]>;
}

/** `make`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Parts of speech of function words the stop list may lack: a pronoun („Dies“), particle, auxiliary or article. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['pron', 'part', 'aux', 'det']);

/** True when the shared analysis reads the token, as a whole, as a function word; a quantifier ("several") says how many, which is content. */
function functionWord(token: Token, a: AnalysedToken | undefined): boolean {
  return a !== undefined && a.known && !a.content && a.start === token.start && a.end === token.end && FUNCTION_POS.has(a.pos) && a.kind !== 'quantifier';
}

/**
 * Whether an unlinked word is rendered all the same, by rules that hold for any text: the analysis knows it as a
 * function word (see functionWord); it repeats a linked word of its side ("user logins …, user logins"); the other
 * side has it verbatim (a code word or option name: »more« for "more", "CAN"); it is a lower-case prefix of a
 * hyphenated word whose next part is linked ("non-empty", "pre-defined"); or it is one of a run of content words
 * between two words that render the same word of the other side ("kernel binary format rules" for
 * „Kernelbinärformatregeln“).
 */
function renderedAnyway(i: number, side: Side, otherWords: ReadonlySet<string>): boolean {
  const { tokens, linked } = side;
  const token = tokens[i]!;
  if (functionWord(token, side.analysed()[i])) return true;
  const lower = token.text.toLowerCase();
  if (otherWords.has(lower)) return true;
  for (const k of linked) if (tokens[k]!.text.toLowerCase() === lower) return true;
  if (hyphenPrefix(tokens, i) && linked.has(i + 2)) return true;
  let before = i - 1;
  while (before >= 0 && !linked.has(before) && tokens[before]!.content) before--;
  let after = i + 1;
  while (after < tokens.length && !linked.has(after) && tokens[after]!.content) after++;
  if (!tokens[before]?.content || !tokens[after]?.content) return false;
  const shared = new Set(side.compoundParts.get(before));
  return (side.compoundParts.get(after) ?? []).some((j) => shared.has(j));
}

/** Letters of a prefix at most ("non", "multi"): a longer first part of a hyphenated word is a word of its own („Steuer-Datei“). */
const MAX_PREFIX = 5;

/** True for a lower-case word of at most MAX_PREFIX letters joined by a hyphen, with no space, to the word after it. */
function hyphenPrefix(tokens: readonly Token[], i: number): boolean {
  const [t, hyphen, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!hyphen || !next || hyphen.text !== '-' || hyphen.start !== t.end || next.start !== hyphen.end) return false;
  if (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start) return false;
  return t.text.length <= MAX_PREFIX && /^\p{Ll}+$/u.test(t.text);
}

/** Link kinds that are no one-to-many rendering of a single word. */
const ONE_TO_MANY_EXCLUDED: ReadonlySet<LinkKind> = new Set(['synonym', 'separable', 'phrase']);

/** Target token indices each source token is linked to. */
function counterparts(links: [number, number][]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const [s, t] of links) {
    const list = map.get(s);
    if (list) list.push(t);
    else map.set(s, [t]);
  }
  return map;
}

/**
 * The open range of target indices where a source word's translation should be: between the
 * counterparts of its nearest linked neighbours ("die [Zusammenarbeit] am Montag" → between
 * "announced" and "Monday").
 */
function expectedRegion(index: number, linked: Map<number, number[]>, sourceCount: number): [number, number] {
  const around: number[] = [];
  let before = index - 1;
  while (before >= 0 && !linked.has(before)) before--;
  let after = index + 1;
  while (after < sourceCount && !linked.has(after)) after++;
  around.push(...(before >= 0 ? (linked.get(before) ?? []) : [-1]));
  around.push(...(after < sourceCount ? (linked.get(after) ?? []) : [Number.POSITIVE_INFINITY]));
  return [Math.min(...around), Math.max(...around)];
}

/**
 * Removes pairs of source and target gaps at the same place: a word the dictionary does not
 * know how to translate there is a paraphrase (or a mistranslation, another check's business),
 * not something left out or made up. Gaps between the same aligned neighbours pair first, then
 * gaps at a similar position; a last lone pair is a one-for-one rewording wherever it sits.
 */
function dropParaphrases(
  source: Gap[],
  target: Gap[],
  links: [number, number][],
  sourceCount: number,
  targetCount: number,
): [Gap[], Gap[]] {
  const linked = counterparts(links);
  const candidates: [number, Gap, Gap][] = [];
  for (const s of source) {
    const [lo, hi] = expectedRegion(s.index, linked, sourceCount);
    // A narrow region is strong evidence; an open-ended one (nothing linked after) is weak.
    const width = Math.min(1, (hi - lo) / Math.max(targetCount, 1));
    for (const t of target) {
      const distance = Math.abs(s.at - t.at);
      const inRegion = lo < t.index && t.index < hi;
      if (inRegion) candidates.push([(width + distance) / 2, s, t]);
      else if (distance <= PARAPHRASE_DISTANCE) candidates.push([1 + distance, s, t]);
    }
  }
  candidates.sort((a, b) => a[0] - b[0]);
  const used = new Set<Gap>();
  for (const [, s, t] of candidates) {
    if (used.has(s) || used.has(t)) continue;
    used.add(s);
    used.add(t);
  }
  const restSource = source.filter((g) => !used.has(g));
  const restTarget = target.filter((g) => !used.has(g));
  if (restSource.length === 1 && restTarget.length === 1) return [[], []];
  return [restSource, restTarget];
}

/**
 * The adjective a German abstract noun is made from („Sicherheit“ → „Sicher“), by the endings of
 * lib/checks/data/de/coverage.json, longest first; undefined for another word.
 */
function abstractNounBase(word: string): string | undefined {
  for (const suffix of GERMAN_COVERAGE.abstractNounSuffixes) {
    const base = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && /^\p{Lu}\p{Ll}+$/u.test(base)) return base;
  }
  return undefined;
}

/** True when any of the translations has a word the target holds. */
function translationIn(translations: string[], targetWords: Set<string>): boolean {
  return translations.some((t) => t.toLowerCase().split(/[\s-]+/).some((w) => w.length >= MIN_LETTERS && targetWords.has(w)));
}

/**
 * A German word the dictionary alignment left unmatched that the translation still renders, by one of three
 * general rules: it classifies the number after it („im Jahr 2022“ → "in 2022"); with a neighbour it forms a
 * dictionary phrase whose translation is in the target („ein paar“ → "a few"); it is an abstract noun whose base
 * adjective's translation is in the target („mit ziemlicher Sicherheit“ → "almost certainly").
 */
function renderedOtherwise(tokens: readonly Token[], index: number, targetWords: Set<string>, targetHasNumber: boolean): boolean {
  const word = tokens[index]!;
  const next = tokens[index + 1];
  if (targetHasNumber && /^\p{Lu}/u.test(word.text) && next && /^\p{N}/u.test(next.text)) return true;
  const prev = tokens[index - 1];
  for (const phrase of [prev && `${prev.text} ${word.text}`, next && `${word.text} ${next.text}`]) {
    if (phrase && hasEntry(phrase.toLowerCase(), 'de') && translationIn(lookup(phrase, 'de'), targetWords)) return true;
  }
  const base = abstractNounBase(word.text);
  return base !== undefined && translationIn(lookup(base.toLowerCase(), 'de'), targetWords);
}

/** Groups gaps into runs of neighbouring words: only function words or punctuation may lie between. */
function runs(tokens: readonly Token[], gapList: Gap[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  for (const { index } of gapList) {
    const last = current[current.length - 1];
    const adjacent = last !== undefined && tokens.slice(last + 1, index).every((t) => !t.content);
    if (last !== undefined && !adjacent) {
      result.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) result.push(current);
  return result;
}

function quote(text: string): string {
  return `“${text}”`;
}

/** German runs about 20 % longer than English in letters (the length check's model). */
const DE_EN_LETTER_RATIO = 1.2;
const letterCount = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * Whether the translation's length bears the finding out: shorter than the language pair's usual ratio for an
 * omission, longer for an addition. A translation of the usual length that seems to lack a word mostly words it
 * differently; such a finding stays minor.
 */
function lengthAgrees(kind: 'omission' | 'addition', source: string, target: string, from: BaseLang): boolean {
  const expected = from === 'de' ? 1 / DE_EN_LETTER_RATIO : DE_EN_LETTER_RATIO;
  const ratio = letterCount(target) / Math.max(letterCount(source), 1);
  return kind === 'omission' ? ratio < expected : ratio > expected;
}

/** One finding per side: every run of uncovered words gets a span, the message names them all. */
function finding(kind: 'omission' | 'addition', text: string, tokens: readonly Token[], wordRuns: number[][], gloss: string | undefined, lengthBacks: boolean): Finding {
  const spans: Span[] = wordRuns.map((run) => ({
    start: tokens[run[0] ?? 0]?.start ?? 0,
    end: tokens[run[run.length - 1] ?? 0]?.end ?? 0,
  }));
  const words = wordRuns.reduce((n, run) => n + run.length, 0);
  const severity: Severity = words >= 2 && lengthBacks ? 'major' : 'minor';
  const quoted = spans.map((s) => quote(text.slice(s.start, s.end)));
  const named = (gloss ? [`${quoted[0] ?? ''} (${gloss})`] : quoted).join(', ');
  const many = spans.length > 1;
  return kind === 'omission'
    ? ruleFinding('coverage.omission', { severity, side: 'source', sourceSpans: spans, targetSpans: [], message: `${named} ${many ? 'have' : 'has'} no counterpart in the translation.` })
    : ruleFinding('coverage.addition', { severity, side: 'target', sourceSpans: [], targetSpans: spans, message: `${named} in the translation ${many ? 'have' : 'has'} no counterpart in the source.` });
}

export const coverageCheck: SegmentCheck = (segment, ctx) => {
  if (isBlank(segment.target) || isBlank(segment.source)) return [];
  // Longer segments are not aligned (lib/lexicon: the work grows with the square of the length): nothing to judge by.
  if (segment.source.length > MAX_ALIGNED_CHARS || segment.target.length > MAX_ALIGNED_CHARS) return [];
  const alignment = alignSegment(segment.source, segment.target, ctx.sourceLang, ctx.targetLang);
  const { sourceTokens, targetTokens } = alignment;
  // A counterpart found only through a synonym of a translation is a guess, not a counterpart.
  const links = alignment.links.filter((_, k) => alignment.kinds?.[k] !== 'synonym');
  // A verb's particle and a phrase's words bracket other words („stellt der Generator sicher“): no part of one rendering.
  const parts = alignment.links.filter((_, k) => !ONE_TO_MANY_EXCLUDED.has(alignment.kinds?.[k] ?? 'synonym'));
  const linkedSource = new Set(links.map(([s]) => s));
  const linkedTarget = new Set(links.map(([, t]) => t));
  const source: Side = {
    tokens: sourceTokens,
    analysed: once(() => analysedTokens(sourceTokens, analyse(segment.source, ctx.sourceLang))),
    linked: linkedSource,
    compoundParts: counterparts(parts),
  };
  const target: Side = {
    tokens: targetTokens,
    analysed: once(() => analysedTokens(targetTokens, analyse(segment.target, ctx.targetLang))),
    linked: linkedTarget,
    compoundParts: counterparts(parts.map(([s, t]): [number, number] => [t, s])),
  };
  const sourceWords = new Set(sourceTokens.map((t) => t.text.toLowerCase()));
  const targetWords = new Set(targetTokens.map((t) => t.text.toLowerCase()));
  const [unpaired, unpairedAdded] = dropParaphrases(
    gaps(sourceTokens, linkedSource, segment.source.length),
    gaps(targetTokens, linkedTarget, segment.target.length),
    links,
    sourceTokens.length,
    targetTokens.length,
  );
  // After pairing: a word rendered anyway may still be the other half of a paraphrase ("almost" for „ziemlicher“).
  const unmatched = unpaired.filter((g) => !renderedAnyway(g.index, source, targetWords));
  const added = unpairedAdded.filter((g) => !renderedAnyway(g.index, target, sourceWords));
  const targetHasNumber = targetTokens.some((t) => /^\p{N}/u.test(t.text));
  const omitted =
    ctx.sourceLang === 'de' ? unmatched.filter((g) => !renderedOtherwise(sourceTokens, g.index, targetWords, targetHasNumber)) : unmatched;
  const findings: Finding[] = [];
  // A lone lower-case German word that is no attribute of a noun (a verb or adverb: "es gibt" → "there is",
  // "geht … hervor" → "emerges") is mostly restructured, not left out. A German noun is capitalised and
  // carries a whole thing ("Sonderabschreibungen"), an adjective before it a property ("in naher Zukunft").
  // English marks no nouns, so a lone English word is still reported.
  const capitalised = (t: Token | undefined) => t !== undefined && t.content && /^\p{Lu}/u.test(t.text);
  const omittedRuns = runs(sourceTokens, omitted).filter(
    (run) => run.length >= 2 || ctx.sourceLang !== 'de' || capitalised(sourceTokens[run[0]!]) || capitalised(sourceTokens[run[0]! + 1]),
  );
  if (omittedRuns.length > 0) {
    // A single missing word gets its dictionary meaning so the reviewer sees what is lost.
    const words = omittedRuns.flat();
    const only = words.length === 1 ? sourceTokens[words[0]!] : undefined;
    const gloss = only ? lookup(only.text, ctx.sourceLang)[0] : undefined;
    findings.push(finding('omission', segment.source, sourceTokens, omittedRuns, gloss, lengthAgrees('omission', segment.source, segment.target, ctx.sourceLang)));
  }
  // A lone added word is nearly always wording (an English compound part, "the fact that", "be able to"), not
  // added content; what translators add is a phrase. Numbers, names and negation have their own checks.
  const addedRuns = runs(targetTokens, added).filter((run) => run.length >= MIN_ADDED_RUN);
  if (addedRuns.length > 0) {
    findings.push(finding('addition', segment.target, targetTokens, addedRuns, undefined, lengthAgrees('addition', segment.source, segment.target, ctx.sourceLang)));
  }
  findings.push(...omittedVerbs(segment.source, segment.target, ctx.sourceLang, ctx.targetLang, alignment));
  return findings;
};
