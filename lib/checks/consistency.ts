/** Document-wide consistency: repeated sentences, names spelled two ways, and contradicting descriptions of one entity. */
import { groupBy } from '../group-by';
import type { BaseLang } from '../lang';
import { collapseSpace, isBlank } from '../segment/words';
import { BoundedCache } from '../bounded-cache';
import { scaleTables, type Pole, type Scale } from './data';
import { isFunctionWord, tokenize, type Token } from './german';
import { ruleFinding } from './rules/catalogue';
import type { CheckContext, DocumentCheck, Finding, SegmentInput, Span } from './types';

const q = (s: string): string => `„${s}“`;
const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const whole = (s: string): Span => ({ start: 0, end: s.length });
const normalise = (s: string): string => collapseSpace(s).toLowerCase();
// For "different sources": punctuation and quotes do not make two sentences different.
const bare = (s: string): string => normalise(s.replace(/[^\p{L}\p{N}\s]/gu, ' '));
const where = (s: SegmentInput): string => `segment ${s.id} (paragraph ${s.paragraph + 1})`;

// ───────────────────────────── 1–2: repeated sentences ─────────────────────────────

/** A segment with the facts the rules read from its texts. */
interface Read {
  s: SegmentInput;
  src: SourceFacts;
  tgt: TargetFacts;
  pair: PairFacts;
}

/**
 * Positions grouped by key (a position without a key is in no group). Kept between runs: after a save
 * only the positions whose read changed are regrouped, instead of grouping the whole document again.
 */
interface Grouping {
  items: Read[];
  byKey: Map<string, number[]>;
  /** Keys with two or more positions. */
  shared: Set<string>;
}

/** A save changes a segment or two; with more new reads than this, grouping anew is as quick. */
const MAX_MOVED = 16;

function place(g: Grouping, key: string, i: number): void {
  let list = g.byKey.get(key);
  if (!list) g.byKey.set(key, (list = []));
  let at = list.length;
  while (at > 0 && list[at - 1]! > i) at--;
  list.splice(at, 0, i);
  if (list.length >= 2) g.shared.add(key);
}

function unplace(g: Grouping, key: string, i: number): void {
  const list = g.byKey.get(key);
  if (!list) return;
  list.splice(list.indexOf(i), 1);
  if (list.length === 0) g.byKey.delete(key);
  if (list.length < 2) g.shared.delete(key);
}

/**
 * The grouping of `items` by `key`: the last one updated at the `fresh` positions (those whose read is new
 * since the last run) when there are few, else built anew.
 */
function regroup(last: Grouping | undefined, items: Read[], fresh: number[] | undefined, key: (r: Read) => string | undefined): Grouping {
  if (last && fresh && fresh.length <= MAX_MOVED) {
    for (const i of fresh) {
      const before = key(last.items[i]!);
      const after = key(items[i]!);
      if (before === after) continue;
      if (before !== undefined) unplace(last, before, i);
      if (after !== undefined) place(last, after, i);
    }
    last.items = items;
    return last;
  }
  const g: Grouping = { items, byKey: new Map(), shared: new Set() };
  items.forEach((r, i) => {
    const k = key(r);
    if (k !== undefined) place(g, k, i);
  });
  return g;
}

/** Groups of two or more items with the same key, in order of the key's first item. */
function groupsOf(g: Grouping): Read[][] {
  return [...g.shared]
    .map((key) => g.byKey.get(key)!)
    .sort((a, b) => a[0]! - b[0]!)
    .map((list) => list.map((i) => g.items[i]!));
}

let lastSourceGroups: Grouping | undefined;
let lastTargetGroups: Grouping | undefined;

/** The same source sentence translated in different ways: each minority rendering gets the majority as a fix. */
function repeatedSources({ reads: segments, fresh }: Translated, add: (id: number, f: Finding) => void): void {
  lastSourceGroups = regroup(lastSourceGroups, segments, fresh, (r) => r.src.norm);
  for (const group of groupsOf(lastSourceGroups)) {
    const renderings = groupBy(group, (r) => r.tgt.norm);
    if (renderings.size < 2) continue;
    // Largest group wins; on a tie, the one that came first (Map keeps insertion order).
    let majority: Read[] = [];
    for (const r of renderings.values()) if (r.length > majority.length) majority = r;
    const model = majority[0]!.s;
    for (const r of renderings.values()) {
      if (r === majority) continue;
      for (const { s } of r) {
        add(s.id, ruleFinding('consistency.same-source', {
          side: 'target',
          sourceSpans: [whole(s.source)],
          targetSpans: [whole(s.target)],
          message: `The same source sentence is translated differently in ${where(model)}: ${q(clip(model.target))}`,
          fix: {
            side: 'target',
            span: whole(s.target),
            replacement: model.target,
            label: `Use the translation of segment ${model.id}`,
          },
        }));
      }
    }
  }
}

/** Different source sentences with the same translation (≥ 4 words): one of them is probably wrong. */
function repeatedTargets({ reads: segments, fresh }: Translated, add: (id: number, f: Finding) => void): void {
  lastTargetGroups = regroup(lastTargetGroups, segments, fresh, (r) => (r.tgt.long ? r.tgt.norm : undefined));
  for (const group of groupsOf(lastTargetGroups)) {
    const sources = groupBy(group, (r) => r.src.bare);
    if (sources.size < 2) continue;
    // Name at most three other sources' first segments: a long list helps nobody.
    const firsts = [...sources.entries()].map(([k, g]) => [k, g[0]!.s] as const);
    for (const { s, src } of group) {
      const own = src.bare;
      const others = firsts.filter(([k]) => k !== own).map(([, o]) => o);
      const named = others.slice(0, 3).map(where).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
      add(s.id, ruleFinding('consistency.same-target', {
        sourceSpans: [whole(s.source)],
        targetSpans: [whole(s.target)],
        message: `${named} ${others.length > 1 ? 'have' : 'has'} a different source but the same translation: one of them may be wrong.`,
      }));
    }
  }
}

// ───────────────────────────── 3: names and terms ─────────────────────────────

export interface TermOccurrence {
  segmentId: number;
  paragraph: number;
  sourceSpan: Span;
  /** The target words that render the term here, or null when none could be matched. */
  rendering: string | null;
  targetSpan: Span | null;
}

/** Every rendering of one source name or term across the document, grouped. */
export interface TermRenderings {
  term: string;
  occurrences: TermOccurrence[];
  /** Distinct renderings, most frequent first. */
  renderings: Array<{ text: string; count: number }>;
}

const isNameToken = (t: Token): boolean => t.kind === 'word' && t.cap && !isFunctionWord(t.lower);

/** Target tokens with a possessive "'s" taken off: "Xiaomi's" renders "Xiaomi". */
function targetWords(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const last = t.text.charAt(t.text.length - 1);
    if (last !== 's' && last !== "'" && last !== '’') return t;
    const m = /^(.+?)(?:['’]s|s['’])$/u.exec(t.text);
    return m ? { ...t, text: m[1]!, lower: m[1]!.toLowerCase(), end: t.start + m[1]!.length } : t;
  });
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** The term's words in the target: exactly, or a capitalised spelling variant ("Xiomi", "Xiaomi12"). */
function findRendering(term: string[], words: Token[], target: string): { text: string; span: Span } | null {
  const n = term.length;
  const key = term.join('').toLowerCase();
  for (let i = 0; i + n <= words.length; i++) {
    if (words[i]!.text !== term[0]) continue;
    let k = 1;
    while (k < n && words[i + k]!.text === term[k]) k++;
    if (k === n) {
      const span = { start: words[i]!.start, end: words[i + n - 1]!.end };
      return { text: target.slice(span.start, span.end), span };
    }
  }
  let variant: { text: string; span: Span } | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue;
    for (const len of [n, n - 1, n + 1]) {
      if (len < 1 || i + len > words.length) continue;
      const run = words.slice(i, i + len);
      if (run.some((w) => w.kind === 'quote' || w.kind === 'end' || w.kind === 'punct')) continue;
      const span = { start: run[0]!.start, end: run[len - 1]!.end };
      if (variant) continue;
      const cand = run.map((w) => w.lower).join('');
      const max = key.length >= 8 ? 2 : key.length >= 5 ? 1 : 0;
      if (cand[0] === key[0] && editDistanceAtMost(cand, key, max))
        variant = { text: target.slice(span.start, span.end), span };
    }
  }
  return variant;
}

// ───────────────────────────── what is read from each text, memoised ─────────────────────────────

/** A run of name words, with the text of every sub-run [a, b] as texts[a][b - a]. */
interface NameRun {
  tokens: Token[];
  texts: string[][];
}

interface SourceFacts {
  norm: string;
  /** Read only for repeated translations, so made on first use. */
  readonly bare: string;
  runs: NameRun[];
}

interface TargetFacts {
  norm: string;
  /** Four words or more: long enough for repeatedTargets. */
  long: boolean;
  /** findRendering by term, with the rendering in lower case; made on first use. */
  renderings?: Map<string, { text: string; span: Span; lower: string } | null>;
}

/**
 * What the rules read from a text depends on that text alone, so it is kept by text: re-checking a
 * document after one segment changed is then look-ups and grouping. Bounded; kept small (no token
 * lists) because every text of every document passes through.
 */
const FACTS_LIMIT = 50_000;
// Module-level, justified as lib/analysis's cache is: facts are pure functions of their texts, and the caches are
// bounded (least recently used out first), so a long session keeps what it re-reads and nothing grows without end.
const sourceFactsCache = new BoundedCache<string, SourceFacts>(FACTS_LIMIT);
const targetFactsCache = new BoundedCache<string, TargetFacts>(FACTS_LIMIT);
const pairCache = new BoundedCache<string, PairFacts>(FACTS_LIMIT);

function sourceFacts(text: string): SourceFacts {
  const cached = sourceFactsCache.get(text);
  if (cached) return cached;
  const tokens = tokenize(text);
  const runs = nameRuns(tokens).map((run) => ({
    tokens: run,
    texts: run.map((_, a) => {
      const texts: string[] = [];
      let text = '';
      for (let b = a; b < run.length; b++) texts.push((text = b === a ? run[b]!.text : `${text} ${run[b]!.text}`));
      return texts;
    }),
  }));
  let bareText: string | undefined;
  return sourceFactsCache.set(text, {
    norm: normalise(text),
    get bare() {
      return (bareText ??= bare(text));
    },
    runs,
  });
}

function targetFacts(text: string): TargetFacts {
  const cached = targetFactsCache.get(text);
  if (cached) return cached;
  return targetFactsCache.set(text, {
    norm: normalise(text),
    // Four or more words (text.trim().split(/\s+/).length >= 4) without splitting.
    long: /\S\s+\S+\s+\S+\s+\S/.test(text),
  });
}

/** A term found in a segment: its run tokens a…b in the source and its rendering in the target. */
interface FoundTerm {
  term: string;
  from: Token;
  to: Token;
  rendering: { text: string; span: Span; lower: string } | null;
}

/** What is read from a source and target together. */
interface PairFacts {
  /** Names of the source that the target carries over verbatim (pass 1 of the term rules). */
  carried: string[];
  /** Terms found with the carried names of document version `version` (pass 2). */
  terms?: { version: number; found: FoundTerm[] };
}

/** Names of the source that the target carries over verbatim: whole runs, or single name words. */
function carriedNames(target: string, src: SourceFacts): string[] {
  const carried: string[] = [];
  if (src.runs.length === 0) return carried;
  // Looked for in the word list itself: a set of it per segment cost more than the few look-ups.
  const tw = targetWords(tokenize(target));
  const has = (word: string) => tw.some((w) => w.text === word);
  for (const { tokens, texts } of src.runs) {
    const text = texts[0]![tokens.length - 1]!;
    if (tokens.every((t) => has(t.text)) && target.includes(text)) carried.push(text);
    else for (const t of tokens) if (isNameToken(t) && has(t.text)) carried.push(t.text);
  }
  return carried;
}

function pairFacts(source: string, target: string, src: SourceFacts): PairFacts {
  const key = `${source}\u0000${target}`;
  return pairCache.get(key) ?? pairCache.set(key, { carried: carriedNames(target, src) });
}

function read(s: SegmentInput): Read {
  const src = sourceFacts(s.source);
  const tgt = targetFacts(s.target);
  return { s, src, tgt, pair: pairFacts(s.source, s.target, src) };
}

/** The last run's reads by position: after a save, the unchanged segments are compared instead of looked up. */
let lastReads: Read[] = [];

interface Translated {
  reads: Read[];
  /** Positions whose read is new since the last run; undefined when the positions do not line up with it. */
  fresh: number[] | undefined;
  /** The last run's reads, which `fresh` is relative to. */
  before: Read[];
}

/** The translated segments with their facts. */
function readTranslated(segments: SegmentInput[]): Translated {
  const before = lastReads;
  const reads: Read[] = [];
  const fresh: number[] = [];
  for (const s of segments) {
    if (isBlank(s.target)) continue;
    const r = before[reads.length];
    const same = r !== undefined && r.s.id === s.id && r.s.paragraph === s.paragraph && r.s.source === s.source && r.s.target === s.target;
    if (!same) fresh.push(reads.length);
    reads.push(same ? r : read(s));
  }
  lastReads = reads;
  return { reads, fresh: reads.length === before.length ? fresh : undefined, before };
}

// The set of carried names changes rarely between runs; found terms are kept until it does.
let carriedVersion = 0;
let carriedKey = '';

function versionOf(carried: Set<string>): number {
  const key = [...carried].sort().join('\u0000');
  if (key !== carriedKey) {
    carriedKey = key;
    carriedVersion++;
  }
  return carriedVersion;
}

/** The terms of one segment, given the document's carried names. */
function foundTerms({ s, src, tgt, pair }: Read, carried: Set<string>, version: number): FoundTerm[] {
  if (pair.terms?.version === version) return pair.terms.found;
  const found: FoundTerm[] = [];
  let words: Token[] | undefined;
  for (const run of src.runs) {
    for (const [a, b, term] of termsInRun(run, carried)) {
      const renderings = (tgt.renderings ??= new Map());
      let r = s.target ? renderings.get(term) : null;
      if (r === undefined) {
        const f = findRendering(term.split(' '), (words ??= targetWords(tokenize(s.target))), s.target);
        renderings.set(term, (r = f && { ...f, lower: f.text.toLowerCase() }));
      }
      found.push({ term, from: run.tokens[a]!, to: run.tokens[b]!, rendering: r });
    }
  }
  pair.terms = { version, found };
  return found;
}

/** One term over the document: whether it occurs in two segments or more, and how often each rendering is used. */
interface TermCount {
  firstId: number;
  several: boolean;
  counts: Map<string, number>;
}

/** The terms of every segment (as foundTerms), and the counts per term in order of first occurrence. */
function termsOf(reads: Read[], since?: Translated): { found: FoundTerm[][]; byTerm: Map<string, TermCount> } {
  // Pass 1: names that appear verbatim in the target of the same segment.
  const carried = carriedOf(reads, since);
  const version = versionOf(carried);
  // Pass 2: every source occurrence of those terms, with its rendering.
  const last = lastTerms;
  // After a save only the fresh positions can differ from the last run (the others are its very reads).
  if (last && since?.fresh && last.reads === since.before && last.version === version) {
    const found = last.found.slice();
    let same = true;
    for (const i of since.fresh) {
      found[i] = foundTerms(reads[i]!, carried, version);
      same &&= reads[i]!.s.id === last.reads[i]!.s.id && sameFound([last.found[i]!], [found[i]!]);
    }
    lastTerms = { ...last, reads, found };
    if (same) return { found, byTerm: last.byTerm };
    return { found, byTerm: (lastTerms.byTerm = countTerms(reads, found)) };
  }
  const found = reads.map((r) => foundTerms(r, carried, version));
  const ids = reads.map((r) => r.s.id);
  // After a save the counts are usually those of the last run: reuse them when no segment's terms changed.
  if (last && last.version === version && sameList(last.reads.map((r) => r.s.id), ids) && sameFound(last.found, found)) {
    lastTerms = { ...last, reads, found };
    return { found, byTerm: last.byTerm };
  }
  const byTerm = countTerms(reads, found);
  lastTerms = { version, reads, found, byTerm };
  return { found, byTerm };
}

/** How often each term is rendered each way, and whether it occurs in more than one segment. */
function countTerms(reads: Read[], found: FoundTerm[][]): Map<string, TermCount> {
  const byTerm = new Map<string, TermCount>();
  reads.forEach(({ s }, i) => {
    for (const f of found[i]!) {
      let count = byTerm.get(f.term);
      if (!count) byTerm.set(f.term, (count = { firstId: s.id, several: false, counts: new Map() }));
      if (s.id !== count.firstId) count.several = true;
      const text = f.rendering?.text;
      if (text) count.counts.set(text, (count.counts.get(text) ?? 0) + 1);
    }
  });
  return byTerm;
}

/** Forgets what the last runs computed, so the next run starts from scratch (for tests). */
export function forgetLastRun(): void {
  lastReads = [];
  lastSourceGroups = undefined;
  lastTargetGroups = undefined;
  lastTerms = undefined;
  lastCarried = undefined;
  lastContradictions.clear();
  lastContradictionFindings = undefined;
}

/** The counts of the last run, for re-checks after one edit (read-only for callers). */
let lastTerms: { version: number; reads: Read[]; found: FoundTerm[][]; byTerm: Map<string, TermCount> } | undefined;
/** The carried names of the last run, by the reads they came from. */
let lastCarried: { reads: Read[]; carried: Set<string> } | undefined;

/** Every carried name of the document; the last run's set when every segment carries the same names. */
function carriedOf(reads: Read[], since?: Translated): Set<string> {
  const last = lastCarried;
  if (last && last.reads.length === reads.length) {
    const before = last.reads;
    const carriesSame = (i: number) => reads[i]!.pair === before[i]!.pair || sameList(reads[i]!.pair.carried, before[i]!.pair.carried);
    // After a save only the fresh positions can differ from the last run (the others are its very reads).
    const unchanged = since?.fresh && before === since.before ? since.fresh.every(carriesSame) : reads.every((_, i) => carriesSame(i));
    if (unchanged) {
      lastCarried = { reads, carried: last.carried };
      return last.carried;
    }
  }
  const carried = new Set<string>();
  for (const r of reads) for (const c of r.pair.carried) carried.add(c);
  lastCarried = { reads, carried };
  return carried;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same terms with the same renderings, segment by segment (what the counts are made of). */
function sameFound(a: FoundTerm[][], b: FoundTerm[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (x[k]!.term !== y[k]!.term || x[k]!.rendering?.text !== y[k]!.rendering?.text) return false;
  }
  return true;
}

/** The occurrences of the chosen terms, per term in document order. */
function usesOf(reads: Read[], found: FoundTerm[][], terms: Set<string>): Map<string, Array<{ s: SegmentInput; f: FoundTerm }>> {
  const uses = new Map<string, Array<{ s: SegmentInput; f: FoundTerm }>>();
  if (terms.size === 0) return uses;
  reads.forEach(({ s }, i) => {
    for (const f of found[i]!) {
      if (!terms.has(f.term)) continue;
      const list = uses.get(f.term);
      if (list) list.push({ s, f });
      else uses.set(f.term, [{ s, f }]);
    }
  });
  return uses;
}

/** Distinct renderings of a term, most frequent first; on a tie, the spelling the source uses. */
function ranked(term: string, counts: Map<string, number>): Array<{ text: string; count: number }> {
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((x, y) => y.count - x.count || Number(y.text === term) - Number(x.text === term));
}

/**
 * Names and capitalised terms that recur in the source, with their rendering in each segment's target.
 * A term is a run of capitalised words (and numbers inside it) that some segment carries over verbatim.
 */
export function termRenderings(segments: SegmentInput[]): TermRenderings[] {
  const reads = segments.map(read);
  // The Terms panel must not replace the last check run's state, or the next save would re-count every segment.
  // (Versions are not put back: they only grow, so that a version never stands for two sets of carried names.)
  const [keptTerms, keptCarried] = [lastTerms, lastCarried];
  let counted: ReturnType<typeof termsOf>;
  try {
    counted = termsOf(reads);
  } finally {
    [lastTerms, lastCarried] = [keptTerms, keptCarried];
  }
  const { found, byTerm } = counted;
  const terms = [...byTerm].filter(([, c]) => c.several);
  const uses = usesOf(reads, found, new Set(terms.map(([term]) => term)));
  return terms.map(([term, { counts }]) => ({
    term,
    occurrences: (uses.get(term) ?? []).map(
      ({ s, f }): TermOccurrence => ({
        segmentId: s.id,
        paragraph: s.paragraph,
        sourceSpan: { start: f.from.start, end: f.to.end },
        rendering: f.rendering?.text ?? null,
        targetSpan: f.rendering ? { ...f.rendering.span } : null,
      }),
    ),
    renderings: ranked(term, counts),
  }));
}

/** Maximal runs of capitalised words, numbers allowed inside ("Xiaomi 12 Ultra"); a German genitive -s is dropped. */
function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isNameToken(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const adjacent = run.length === 0 || t.start === run[run.length - 1]!.end + 1;
    if (isNameToken(t) && adjacent) run.push(t);
    else if (t.kind === 'number' && run.length && adjacent) run.push(t);
    else {
      flush();
      if (isNameToken(t)) run.push(t);
    }
  }
  flush();
  return runs;
}

/** Known terms inside a run: the longest match first, then single words (also "Xiaomis" for "Xiaomi"). */
function termsInRun({ tokens, texts }: NameRun, carried: Set<string>): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let a = 0; a < tokens.length; ) {
    let matched = false;
    for (let b = tokens.length - 1; b >= a; b--) {
      const text = texts[a]![b - a]!;
      const genitive = b === a && text.endsWith('s') ? text.slice(0, -1) : '';
      const term = carried.has(text) ? text : genitive && carried.has(genitive) ? genitive : '';
      if (term) {
        out.push([a, b, term]);
        a = b + 1;
        matched = true;
        break;
      }
    }
    if (!matched) a++;
  }
  return out;
}

function termFindings(translated: Translated, add: (id: number, f: Finding) => void): void {
  const reads = translated.reads;
  const { found, byTerm } = termsOf(reads, translated);
  // Only terms written in two ways (more than case) need their occurrences.
  const top = new Map<string, { text: string; count: number }>();
  for (const [term, { several, counts }] of byTerm) {
    if (!several || counts.size < 2) continue;
    const renderings = ranked(term, counts);
    const others = new Set(renderings.map((r) => r.text.toLowerCase()));
    if (others.size < 2) continue; // only case differs ("Marketing" at a sentence start)
    top.set(term, renderings[0]!);
  }
  for (const [term, uses] of usesOf(reads, found, new Set(top.keys()))) {
    const best = top.get(term)!;
    const bestLower = best.text.toLowerCase();
    for (const { s, f } of uses) {
      const r = f.rendering;
      if (!r || !r.text || r.lower === bestLower) continue;
      const n = best.count;
      const targetSpan = { ...r.span };
      add(s.id, ruleFinding('consistency.term-variant', {
        side: 'target',
        sourceSpans: [{ start: f.from.start, end: f.to.end }],
        targetSpans: [targetSpan],
        message: `${q(term)} is written ${q(r.text)} here but ${q(best.text)} in ${n} other place${n > 1 ? 's' : ''} of the document.`,
        fix: { side: 'target', span: targetSpan, replacement: best.text, label: `Replace with "${best.text}"` },
      }));
    }
  }
}

// ───────────────────────────── 4: contradictions ─────────────────────────────

const TABLES = { de: scaleTables('de'), en: scaleTables('en') };
const NEGATIONS = new Set([...TABLES.de.negations, ...TABLES.en.negations]);
const CLAUSE_BREAK = new Set([...TABLES.de.clauseBreaks, ...TABLES.en.clauseBreaks]);

interface HeadKey {
  key: string;
  group: boolean;
}

/** One inflected form of a pole of a scale, as a word list. */
interface ScaleForm {
  words: string[];
  scale: Scale;
  pole: 0 | 1;
}

interface Lexicon {
  /** First word of each form → forms starting with it, longest first. */
  forms: Map<string, ScaleForm[]>;
  groups: Array<[string, string[]]>;
  groupNames: Set<string>;
  lang: BaseLang;
  /** headKey by word: every noun near a scale word is asked again and again. */
  headKeys: BoundedCache<string, HeadKey>;
}

function buildLexicon(scales: Scale[], groups: Record<string, string[]>, lang: BaseLang): Lexicon {
  const forms: Lexicon['forms'] = new Map();
  const endings = { adjective: ['', 'e', 'en', 'er', 'es', 'em'], noun: ['', 'e', 'en', 's', 'es'], none: [''] };
  for (const scale of scales) {
    scale.poles.forEach((p: Pole, pole) => {
      for (const form of p.forms) {
        const words = form.split(' ');
        for (const ending of endings[scale.inflect]) {
          const inflected = [...words.slice(0, -1), words[words.length - 1]! + ending];
          const list = forms.get(inflected[0]!) ?? [];
          list.push({ words: inflected, scale, pole: pole as 0 | 1 });
          list.sort((a, b) => b.words.length - a.words.length);
          forms.set(inflected[0]!, list);
        }
      }
    });
  }
  return { forms, groups: Object.entries(groups), groupNames: new Set(Object.keys(groups)), lang, headKeys: new BoundedCache(FACTS_LIMIT) };
}

const GERMAN = buildLexicon(TABLES.de.scales, TABLES.de.headGroups, 'de');
const ENGLISH = buildLexicon(TABLES.en.scales, TABLES.en.headGroups, 'en');

// Antonym pairs count only between a sentence and its translation: one text may say "more" of one thing and "less" of another.
const GERMAN_BOTH = buildLexicon([...TABLES.de.scales, ...TABLES.de.opposites], {}, 'de');
const ENGLISH_BOTH = buildLexicon([...TABLES.en.scales, ...TABLES.en.opposites], {}, 'en');

/** A scale word as found in a text, kept by text between runs. */
interface TextMention {
  scale: Scale;
  pole: 0 | 1;
  span: Span;
  surface: string;
  /** Keys of what it describes: a synonym group ("partnership") or a noun lemma. */
  heads: Set<string>;
  /** Per head: the index keys of this mention and of its opposite pole (segment id still to add for sameSegment scales). */
  keys: Array<[own: string, opposite: string]>;
}

/** A mention in its segment; `at` is its position among the side's mentions. */
interface Mention {
  segment: SegmentInput;
  m: TextMention;
  at: number;
}

interface Contradiction {
  later: Mention;
  earlier: Mention;
  about: string;
}

/** The synonym group a word's ending puts it in, if any (shared result: do not change). */
function headKey(word: string, lex: Lexicon): HeadKey {
  return lex.headKeys.get(word) ?? lex.headKeys.set(word, computeHeadKey(word, lex));
}

function computeHeadKey(word: string, lex: Lexicon): HeadKey {
  const lower = word.toLowerCase();
  for (const [group, members] of lex.groups) if (members.some((m) => lower.endsWith(m))) return { key: group, group: true };
  // Lemma-ish: plural and case endings off ("Partnerschaften" → "partnerschaft").
  const lemma = lex.lang === 'de' ? lower.replace(/(?:en|n|es|s|e)$/u, '') : lower.replace(/s$/u, '');
  return { key: lemma.length >= 3 ? lemma : lower, group: false };
}

/** What a mention describes: the noun it is attached to, or the nouns of its clause. */
function headsOf(tokens: Token[], a: number, b: number, lex: Lexicon): Set<string> {
  const isHead = (t: Token): boolean =>
    t.kind === 'word' &&
    (lex.lang === 'de' ? t.cap && !isFunctionWord(t.lower) : headKey(t.lower, lex).group || (t.cap && t !== tokens[0]));
  // Attributive: the next noun within three words, past quotes and other adjectives ("„befristete strategische Zusammenarbeit“").
  for (let i = b + 1; i < tokens.length && i <= b + 4; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote') continue;
    if (isHead(t)) {
      const h = headKey(t.text, lex);
      if (h.group || lex.lang === 'de') return new Set([h.key]);
      break;
    }
    if (t.kind !== 'word' || CLAUSE_BREAK.has(t.lower) || isFunctionWord(t.lower)) break;
  }
  const keys: Array<{ key: string; group: boolean }> = [];
  for (const dir of [-1, 1]) {
    for (let i = dir < 0 ? a - 1 : b + 1; i >= 0 && i < tokens.length; i += dir) {
      const t = tokens[i]!;
      if (t.kind === 'end' || CLAUSE_BREAK.has(t.lower) || CLAUSE_BREAK.has(t.text)) break;
      if (isHead(t)) keys.push(headKey(t.text, lex));
    }
  }
  const groups = keys.filter((k) => k.group);
  return new Set((groups.length ? groups : keys).map((k) => k.key));
}

const mentionCaches = new Map<Lexicon, BoundedCache<string, TextMention[]>>();

/** True when the tokens from `i` on are `words` (lower case). */
function startsAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

// The mentions of an empty text or one without scale words (most texts): one shared array, never changed.
const NO_MENTIONS: TextMention[] = [];

/** The scale words of one text, memoised by text like the other facts. */
function textMentions(text: string, lex: Lexicon): TextMention[] {
  let cache = mentionCaches.get(lex);
  if (!cache) mentionCaches.set(lex, (cache = new BoundedCache(FACTS_LIMIT)));
  const cached = cache.get(text);
  if (cached) return cached;
  let out = NO_MENTIONS;
  const tokens = tokenize(text);
  // No closure in this loop (the mention is made by mentionAt): one over the loop's variables would make
  // every iteration allocate, for every token of every text.
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lex.forms.get(tokens[i]!.lower);
    if (!candidates) continue;
    let hit: ScaleForm | undefined;
    for (const c of candidates) {
      if (startsAt(tokens, i, c.words)) {
        hit = c;
        break;
      }
    }
    if (!hit) continue;
    if (out === NO_MENTIONS) out = [];
    out.push(mentionAt(text, tokens, i, hit, lex));
    i += hit.words.length - 1;
  }
  return cache.set(text, out);
}

/** The mention of `hit`, found at token `i`. */
function mentionAt(text: string, tokens: Token[], i: number, hit: ScaleForm, lex: Lexicon): TextMention {
  const b = i + hit.words.length - 1;
  const negated = NEGATIONS.has(tokens[i - 1]?.lower ?? '') && !NEGATIONS.has(hit.words[0]!);
  const span = { start: (negated ? tokens[i - 1]! : tokens[i]!).start, end: tokens[b]!.end };
  const pole = (negated ? 1 - hit.pole : hit.pole) as 0 | 1;
  const heads = headsOf(tokens, i, b, lex);
  const id = hit.scale.id;
  return {
    scale: hit.scale,
    pole,
    span,
    surface: text.slice(span.start, span.end),
    heads,
    keys: [...heads].map((h) => [`${id}|${pole}|${h}|`, `${id}|${1 - pole}|${h}|`]),
  };
}

function describe(heads: Set<string>, other: Set<string>, lex: Lexicon): string {
  const shared = [...heads].filter((h) => other.has(h));
  return shared.map((h) => (lex.groupNames.has(h) ? `the ${h}` : q(h))).join(', ');
}

/**
 * Later mentions that contradict an earlier one about the same thing, on one side of the document
 * (first mentions indexed by scale, pole, head).
 */
function contradictions(segments: SegmentInput[], side: 'source' | 'target', lex: Lexicon): Contradiction[] {
  // After a save: when the edited segments had no scale word before and have none now, nothing changed.
  const texts = segments.map((s) => s[side]);
  const last = lastContradictions.get(lex)?.[side];
  if (last && unchangedMentions(last, segments, texts, lex)) {
    last.texts = texts;
    return last.result;
  }
  // A text unchanged at its position keeps its mentions: read them from the last run, not the cache.
  const mentions = texts.map((text, i) => (text === last?.texts[i] ? last.mentions[i]! : text ? textMentions(text, lex) : NO_MENTIONS));
  const result = findContradictions(segments, mentions, lex);
  let bySide = lastContradictions.get(lex);
  if (!bySide) lastContradictions.set(lex, (bySide = {}));
  bySide[side] = { ids: segments.map((s) => s.id), paragraphs: segments.map((s) => s.paragraph), texts, mentions, result };
  return result;
}

interface ContradictionRun {
  ids: number[];
  paragraphs: number[];
  texts: string[];
  /** Each text's mentions, by position. */
  mentions: TextMention[][];
  result: Contradiction[];
}

/** The last run per lexicon and side, for re-checks after one edit. */
const lastContradictions = new Map<Lexicon, Partial<Record<'source' | 'target', ContradictionRun>>>();

/** True when the segments are the last run's, except for texts that had no scale word and still have none. */
function unchangedMentions(last: ContradictionRun, segments: SegmentInput[], texts: string[], lex: Lexicon): boolean {
  if (last.ids.length !== segments.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.id !== last.ids[i] || s.paragraph !== last.paragraphs[i]) return false;
    const before = last.texts[i]!;
    const now = texts[i]!;
    if (before === now) continue;
    if ((before && textMentions(before, lex).length > 0) || (now && textMentions(now, lex).length > 0)) return false;
  }
  return true;
}

/** Later mentions that contradict an earlier one, computed over the whole side. */
function findContradictions(segments: SegmentInput[], mentions: TextMention[][], lex: Lexicon): Contradiction[] {
  const out: Contradiction[] = [];
  const first = new Map<string, Mention>();
  let at = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    for (const m of mentions[i]!) {
      const sameSegment = m.scale.sameSegment ? segment.id : '';
      let earlier: Mention | undefined;
      for (const [, opposite] of m.keys) {
        const e = first.get(`${opposite}${sameSegment}`);
        if (e && (!earlier || e.at < earlier.at)) earlier = e;
      }
      // Made only when needed: most mentions are neither a first one nor a contradiction.
      let self: Mention | undefined;
      if (earlier) out.push({ later: (self = { segment, m, at }), earlier, about: describe(m.heads, earlier.m.heads, lex) });
      for (const [own] of m.keys) {
        const key = `${own}${sameSegment}`;
        if (!first.has(key)) first.set(key, (self ??= { segment, m, at }));
      }
      at++;
    }
  }
  return out;
}

/** The spans of a contradiction, copied: mentions are kept between runs, findings go out. */
function spansOf(c: Contradiction, same: boolean): Span[] {
  return same ? [{ ...c.earlier.m.span }, { ...c.later.m.span }] : [{ ...c.later.m.span }];
}

function contradictionFindings(
  segments: SegmentInput[],
  ctx: CheckContext,
  add: (id: number, f: Finding) => void,
): void {
  const lexicon = (lang: BaseLang) => (lang === 'de' ? GERMAN : ENGLISH);
  const inSource = contradictions(segments, 'source', lexicon(ctx.sourceLang));
  const inTarget = contradictions(segments, 'target', lexicon(ctx.targetLang));
  // After a save that touched no scale word, both lists are the last run's: so are their findings.
  const last = lastContradictionFindings;
  if (last && last.inSource === inSource && last.inTarget === inTarget) {
    for (const [id, f] of last.findings) add(id, f);
    return;
  }
  const findings: [number, Finding][] = [];
  describeContradictions(inSource, inTarget, (id, f) => findings.push([id, f]));
  lastContradictionFindings = { inSource, inTarget, findings };
  for (const [id, f] of findings) add(id, f);
}

let lastContradictionFindings: { inSource: Contradiction[]; inTarget: Contradiction[]; findings: [number, Finding][] } | undefined;

function describeContradictions(inSource: Contradiction[], inTarget: Contradiction[], add: (id: number, f: Finding) => void): void {
  // By earlier segment, later segment and scale, without building a key string for each.
  const sourceHits = new Map<number, Map<number, Set<string>>>();
  for (const c of inSource) {
    let byLater = sourceHits.get(c.earlier.segment.id);
    if (!byLater) sourceHits.set(c.earlier.segment.id, (byLater = new Map()));
    const scales = byLater.get(c.later.segment.id);
    if (scales) scales.add(c.later.m.scale.id);
    else byLater.set(c.later.segment.id, new Set([c.later.m.scale.id]));
  }
  for (const c of inSource) add(c.later.segment.id, contradictionFinding(c, 'source'));
  for (const c of inTarget) {
    // The translation only repeats a contradiction the source already has.
    if (sourceHits.get(c.earlier.segment.id)?.get(c.later.segment.id)?.has(c.later.m.scale.id)) continue;
    add(c.later.segment.id, contradictionFinding(c, 'target'));
  }
}

/**
 * The finding of the last run for the same two mentions, where they stand as they did: a save recomputes
 * the contradictions, but nearly all of them, and their messages, are the same as before.
 */
const contradictionMemo = new WeakMap<TextMention, Map<TextMention, { side: 'source' | 'target'; key: string; finding: Finding }>>();

function contradictionFinding(c: Contradiction, side: 'source' | 'target'): Finding {
  const same = c.earlier.segment === c.later.segment;
  const key = `${c.later.segment.id}/${c.earlier.segment.id}/${c.earlier.segment.paragraph}/${same}/${c.about}`;
  let byEarlier = contradictionMemo.get(c.later.m);
  const memo = byEarlier?.get(c.earlier.m);
  if (memo && memo.side === side && memo.key === key) return memo.finding;
  const l = c.later.m.scale.poles[c.later.m.pole].gloss;
  const e = c.earlier.m.scale.poles[c.earlier.m.pole].gloss;
  const place = same ? 'earlier in this segment' : `in paragraph ${c.earlier.segment.paragraph + 1}`;
  const message = `${q(c.later.m.surface)} (${l}) contradicts ${q(c.earlier.m.surface)} (${e}) ${place} — both describe ${c.about}.`;
  const finding: Finding =
    side === 'source'
      ? ruleFinding('consistency.contradiction-source', { side, sourceSpans: spansOf(c, same), targetSpans: [], message })
      : ruleFinding('consistency.contradiction-target', {
          side,
          sourceSpans: [],
          targetSpans: spansOf(c, same),
          message: `${message} The source has no such contradiction.`,
        });
  if (!byEarlier) contradictionMemo.set(c.later.m, (byEarlier = new Map()));
  byEarlier.set(c.earlier.m, { side, key, finding });
  return finding;
}

// ───────────────────────────── 5: opposite meaning in one segment ─────────────────────────────

/**
 * Scale words whose translation says the opposite: „sank“ rendered as "rose", „befristet“ as "long-term",
 * „Gewinn“ as "loss", „deutlich“ as "slightly". The scales are the contradiction check's and a few antonym
 * pairs of their own, in both languages. Only a scale with one pole on each side counts; a negated mention
 * ("nicht bestätigt") is left to the negation check.
 */
export function oppositeMeaningFindings(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang): Finding[] {
  const lexicon = (lang: BaseLang) => (lang === 'de' ? GERMAN_BOTH : ENGLISH_BOTH);
  const src = textMentions(source, lexicon(sourceLang));
  if (src.length === 0) return [];
  const tgt = textMentions(target, lexicon(targetLang));
  if (tgt.length === 0) return [];
  const out: Finding[] = [];
  const withGloss = (m: TextMention) => {
    const gloss = m.scale.poles[m.pole].gloss;
    return m.surface.toLowerCase() === gloss ? q(m.surface) : `${q(m.surface)} (${gloss})`;
  };
  const negated = (m: TextMention) => m.surface.toLowerCase().split(/[\s-]+/u).some((w) => NEGATIONS.has(w));
  for (const id of new Set(src.map((m) => m.scale.id))) {
    const s = src.filter((m) => m.scale.id === id);
    const t = tgt.filter((m) => m.scale.id === id);
    if (t.length === 0 || [...s, ...t].some(negated)) continue;
    const sp = new Set(s.map((m) => m.pole));
    const tp = new Set(t.map((m) => m.pole));
    if (sp.size !== 1 || tp.size !== 1 || sp.has(t[0]!.pole)) continue;
    const from = s[0]!;
    const to = t[0]!;
    out.push(
      ruleFinding('traps.opposite', {
        side: 'both',
        sourceSpans: s.map((m) => ({ ...m.span })),
        targetSpans: t.map((m) => ({ ...m.span })),
        message: `${withGloss(from)} is translated as ${withGloss(to)}: the translation says the opposite.`,
      }),
    );
  }
  return out;
}

/** Consistency across the document; findings are keyed by segment id. */
export const consistencyCheck: DocumentCheck = (segments, ctx) => {
  const out = new Map<number, Finding[]>();
  const add = (id: number, f: Finding) => {
    const list = out.get(id);
    if (list) list.push(f);
    else out.set(id, [f]);
  };
  const translated = readTranslated(segments);
  repeatedSources(translated, add);
  repeatedTargets(translated, add);
  termFindings(translated, add);
  contradictionFindings(segments, ctx, add);
  return out;
};
