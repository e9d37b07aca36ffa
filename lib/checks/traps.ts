/** Catches the classic German–English traps: lost or added negation, "muss nicht" as "must not", false friends, dropped verb particles and mixed Sie/du. */
import { analyse, type Analysis, type Token, type VerbGroup } from '../analysis';
import type { BaseLang } from '../lang';
import { alignSegment, lookup } from '../lexicon';
import { isBlank } from '../segment/words';
import { oppositeMeaningFindings } from './consistency';
import { ADDRESS, FALSE_FRIENDS, MODAL_VERBS, negationTables, SEPARABLE_VERBS, type FalseFriend } from './data';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Fix, Severity, SegmentCheck, Span } from './types';
import { WORD_END, WORD_START, capitaliseLike, escapeRegExp, isSentenceStart, type WordToken } from './text';

/** A word of the shared analysis; an English clitic is joined back to its host ("didn't"), so a negator is one word. */
interface Word extends WordToken {
  /** The analysis token of the word (the host's, for a joined clitic). */
  token: Token;
}

/** The words (no numbers or punctuation) of the text's analysis. */
function wordsOf(text: string, lang: BaseLang): Word[] {
  const out: Word[] = [];
  for (const t of analyse(text, lang).tokens) {
    if (t.pos === 'punct' || t.pos === 'num') continue;
    const host = out[out.length - 1];
    if (lang === 'en' && host && host.end === t.start && /^(?:n'|')/u.test(t.lower)) {
      const joined = text.slice(host.start, t.end);
      out[out.length - 1] = { text: joined, lower: joined.toLowerCase(), start: host.start, end: t.end, token: host.token };
    } else out.push({ text: t.text, lower: t.lower, start: t.start, end: t.end, token: t });
  }
  return out;
}

/** A finding of one of the family's rules; `severity` only where the check grades the rule's findings itself. */
function finding(id: string, sourceSpans: Span[], targetSpans: Span[], message: string, more: { fix?: Fix; severity?: Severity } = {}): Finding {
  return ruleFinding(id, { sourceSpans, targetSpans, message, ...more });
}

const span = (t: { start: number; end: number }): Span => ({ start: t.start, end: t.end });
const quoteList = (ts: Word[]): string => [...new Set(ts.map((t) => `"${t.text}"`))].join(', ');

/** True when a clause boundary (, ; : . ! ? or a dash) lies between the two tokens. */
function sameClause(text: string, a: Word, b: Word): boolean {
  return !/[,;:.!?–—()]/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

// ---------------------------------------------------------------------------------------------
// Negation.

const byLang = <T>(f: (lang: BaseLang) => T): Record<BaseLang, T> => ({ de: f('de'), en: f('en') });
// The word lists are in lib/checks/data/<lang>/negation.json.
const NEGATORS = byLang((lang) => new Set(negationTables(lang).negators));
/**
 * Words that carry a negation in their meaning ("absent", "lack", „kaum“, „scheiterte“): a translation may render
 * them by a plain negator and the other way round ("unaware" ↔ „nicht bewusst“), so they count as negators.
 */
const LEXICAL_NEGATORS = byLang((lang) => new Set(negationTables(lang).lexicalNegators));
// "a few", "a little", "the little house": a quantity or a size, not a denial.
const QUANTITY = byLang((lang) => {
  const q = negationTables(lang).quantity;
  return q && { words: new Set(q.words), after: new Set(q.after) };
});
/** "nicht nur … sondern auch" and "not only … but also" add, they do not deny: neither side counts them. */
const NOT_ONLY = byLang((lang) => new Set(negationTables(lang).notOnly.next));
const NEGATOR_FIRST = byLang((lang) => negationTables(lang).notOnly.negator);

const QUOTE_BEFORE = /["'`»«„“”‘’‚]$/u;
const QUOTE_AFTER = /^["'`»«“”‘’]/u;

/**
 * A negator written as a value, not said: quoted („»no«“, "'never'"), after "=" ("DefaultDependencies=no",
 * "--sort=none"), or standing in the other side's text as the same word (the value list "0, no, false und off").
 */
function literal(text: string, t: Word, other: ReadonlySet<string>): boolean {
  return other.has(t.lower) || text.charAt(t.start - 1) === '=' || (QUOTE_BEFORE.test(text.slice(0, t.start)) && QUOTE_AFTER.test(text.slice(t.end)));
}

/** The lowercase words of a side, for what the other side's negators are compared with. */
const wordSet = (tokens: Word[]): ReadonlySet<string> => new Set(tokens.map((t) => t.lower));

/** The words that deny something, counted once per construction (weder…noch, neither…nor). */
function negators(text: string, tokens: Word[], lang: BaseLang, other: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  let neither = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const next = tokens[i + 1];
    const lexical = LEXICAL_NEGATORS[lang].has(w);
    const isNeg = lexical || NEGATORS[lang].has(w) || (lang === 'en' && /n['’]t$/u.test(w));
    if (!isNeg || literal(text, t, other)) continue;
    const quantity = QUANTITY[lang];
    if (lexical && quantity?.words.has(w) && quantity.after.has(tokens[i - 1]?.lower ?? '')) continue;
    if (w === NEGATOR_FIRST[lang] && next && NOT_ONLY[lang].has(next.lower)) continue;
    // "ob … oder nicht" is "whether or not": an alternative, not a denial.
    if (lang === 'de' && w === 'nicht' && tokens[i - 1]?.lower === 'oder' && (!next || !sameClause(text, t, next))) continue;
    if (lang === 'en') {
      if (w === 'nor' && neither) continue;
      if (w === 'no' && /^\.\s?\d/u.test(text.slice(t.end, t.end + 3))) continue; // "No. 5"
      // "whether or not", "succeed or not", "may or may not": an alternative, not a denial.
      const before = tokens[i - 1]?.token;
      const or = before?.lower === 'or' || ((before?.pos === 'modal' || before?.pos === 'aux') && tokens[i - 2]?.lower === 'or');
      if (w === 'not' && or) continue;
      if (w === 'neither') neither = true;
    }
    out.push(t);
  }
  return out;
}

/** A word that negates its stem by an affix: the stem, and whether the affix is a prefix. */
interface Affixed {
  stem: string;
  prefix: boolean;
}

const LETTERS = /^\p{L}+$/u;

/** The affix negation of a lowercase word („unmöglich“, "unset", "harmless"), by lib/checks/data/<lang>/negation.json. */
function affixMatcher(lang: BaseLang): (lower: string) => Affixed | undefined {
  const { prefixes, suffixes, negatedStems } = negationTables(lang).affixNegation;
  // One test of each compiled alternation turns away the words that start and end with no affix: nearly all of them.
  const starts = [...prefixes.map((p) => p.prefix), ...(negatedStems?.prefixes ?? [])];
  const ends = suffixes.flatMap((x) => x.endings.map((e) => x.suffix + e));
  const candidate = new RegExp(`^(?:${starts.map(escapeRegExp).join('|')})|(?:${ends.map(escapeRegExp).join('|') || '(?!)'})$`, 'u');
  return (w) => {
    if (!candidate.test(w)) return undefined;
    for (const p of prefixes) {
      if (!w.startsWith(p.prefix)) continue;
      const stem = w.slice(p.prefix.length);
      if (stem.length < p.minStem || !LETTERS.test(stem)) continue;
      if (p.except?.some((e) => (e.endsWith('$') ? stem === e.slice(0, -1) : stem.startsWith(e)))) continue;
      return { stem, prefix: true };
    }
    for (const x of suffixes) {
      for (const ending of x.endings) {
        const tail = x.suffix + ending;
        if (!w.endsWith(tail)) continue;
        const stem = w.slice(0, w.length - tail.length);
        if (stem.length >= x.minStem && LETTERS.test(stem.slice(-x.minStem))) return { stem, prefix: false };
      }
    }
    const inStem = negatedStems?.prefixes.find((p) => w.startsWith(p) && negatedStems.stems.some((x) => w.startsWith(x, p.length)));
    return inStem === undefined ? undefined : { stem: w.slice(inStem.length), prefix: true };
  };
}

const AFFIX_NEGATION = byLang(affixMatcher);

/** How far (in tokens) from a negator the word it denies is looked for. */
const NEGATED_WORD_REACH = 3;

/**
 * Where each lost negation belongs in the translation (one list per negator): the target verb group of its
 * clause (see targetGroupSpan) and the counterpart of the word the source negator stands next
 * to („nicht versuchen“ → "attempt"), with the function words before it ("shall be used"), found by the alignment.
 */
function negationPlaces(src: string, tgt: string, negators: Word[], from: BaseLang, to: BaseLang): Span[][] {
  const { sourceTokens, targetTokens, links } = alignSegment(src, tgt, from, to);
  return negators.map((n) => {
    const out: Span[] = [];
    const k = sourceTokens.findIndex((t) => t.start === n.start);
    if (k < 0) return out;
    let found: number | undefined;
    for (let d = 1; d <= NEGATED_WORD_REACH && found === undefined; d++) {
      for (const i of [k + d, k - d]) {
        const link = links.find(([s]) => s === i && sourceTokens[i]!.content);
        if (link) {
          found = link[1];
          break;
        }
      }
    }
    const group =
      targetGroupSpan(src, tgt, n, links, sourceTokens, targetTokens, from, to, found === undefined ? undefined : targetTokens[found]!.start);
    if (group) out.push(group);
    if (found === undefined) return out;
    let first = found;
    while (first > 0 && found - first < NEGATED_WORD_REACH && !targetTokens[first - 1]!.content && /\p{L}/u.test(targetTokens[first - 1]!.text)) first--;
    const place = { start: targetTokens[first]!.start, end: targetTokens[found]!.end };
    if (!group || place.start < group.start || place.end > group.end) out.push(place);
    return out;
  });
}

/**
 * Where a negator of the verb group goes. English: from the first to the last verb ("should … be displayed").
 * German: the middle field, from the left bracket (the finite verb of a main clause, the subordinator of a
 * verb-final clause) to the right bracket (the last verb; the clause's end when a main-clause verb stands alone:
 * „Trennen Sie Absätze … durch Leerzeilen“).
 */
function groupSpan(a: Analysis, g: VerbGroup): Span {
  const first = Math.min(...g.tokens);
  let last = Math.max(...g.tokens);
  if (a.lang !== 'de') return { start: a.tokens[first]!.start, end: a.tokens[last]!.end };
  const clause = a.clauses[g.clause]!;
  const verbFinal = g.finite !== undefined && g.finite === last && clause.kind !== 'main';
  const left = verbFinal || g.finite === undefined ? clause.first : first;
  if (!verbFinal && last === left) {
    last = clause.end - 1;
    while (last > left && a.tokens[last]!.pos === 'punct') last--;
  }
  // Never across a sentence or a colon: keep the stretch around the main verb.
  const main = a.tokens[g.main]!;
  let start = a.tokens[left]!.start;
  let end = a.tokens[last]!.end;
  for (const m of a.text.slice(start, end).matchAll(/[.!?;:](?=\s)/gu)) {
    const at = start + m.index;
    if (at < main.start) start = at + 1;
    else if (at >= main.end) {
      end = at;
      break;
    }
  }
  return { start: start + (a.text.slice(start, end).length - a.text.slice(start, end).trimStart().length), end };
}

/** The verb group of the target clause that holds the word at `at`, when that clause has exactly one. */
function clauseGroupSpan(tgt: string, at: number, to: BaseLang): Span | undefined {
  const t = analyse(tgt, to);
  const token = t.tokens.find((w) => w.start === at);
  const groups = token ? t.verbGroups.filter((g) => g.clause === token.clause) : [];
  return groups.length === 1 ? groupSpan(t, groups[0]!) : undefined;
}

/**
 * The target verb group that renders the negated source clause's verb group, from its first to its last word
 * ("should … be displayed", „sollte daher … verwandt werden“): where a lost „nicht“ or "not" belongs, since both
 * languages put it between the finite verb and the main verb. Found by aligning the source group's main verb.
 */
function targetGroupSpan(
  src: string,
  tgt: string,
  negator: Word,
  links: [number, number][],
  sourceTokens: { start: number }[],
  targetTokens: { start: number }[],
  from: BaseLang,
  to: BaseLang,
  neighbour: number | undefined,
): Span | undefined {
  const s = analyse(src, from);
  const n = s.tokens.find((t) => t.start === negator.start);
  if (!n) return undefined;
  const groups = s.verbGroups.filter((g) => g.clause === n.clause && g.negated);
  const t = analyse(tgt, to);
  for (const g of groups) {
    const main = s.tokens[g.main]!;
    const i = sourceTokens.findIndex((w) => w.start === main.start);
    const link = links.find(([a]) => a === i);
    if (!link) continue;
    const at = targetTokens[link[1]]!.start;
    const token = t.tokens.find((w) => w.start === at);
    const target = token && t.verbGroups.find((vg) => vg.tokens.includes(token.index));
    if (target) return groupSpan(t, target);
  }
  return (neighbour === undefined ? undefined : clauseGroupSpan(tgt, neighbour, to)) ?? votedGroupSpan(s, t, n.clause, links, sourceTokens, targetTokens);
}

/**
 * When the negated group's main verb has no counterpart: the target clause that most words of the source clause
 * align to, and in it the verb group nearest those words.
 */
function votedGroupSpan(s: Analysis, t: Analysis, clause: number, links: [number, number][], sourceTokens: { start: number }[], targetTokens: { start: number }[]): Span | undefined {
  const byStart = new Map(t.tokens.map((w) => [w.start, w]));
  const inClause = new Set(s.tokens.filter((w) => w.clause === clause).map((w) => w.start));
  const linked = links.flatMap(([a, b]) => {
    const w = inClause.has(sourceTokens[a]!.start) ? byStart.get(targetTokens[b]!.start) : undefined;
    return w ? [w] : [];
  });
  const votes = new Map<number, number>();
  for (const w of linked) votes.set(w.clause, (votes.get(w.clause) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const at = linked.filter((w) => w.clause === best[0]).map((w) => w.index);
  const centre = at.reduce((x, y) => x + y, 0) / at.length;
  const groups = t.verbGroups.filter((g) => g.clause === best[0]);
  const distance = (g: VerbGroup) => Math.abs(g.main - centre);
  const group = groups.sort((a, b) => distance(a) - distance(b))[0];
  return group && groupSpan(t, group);
}

/**
 * True when the affix-negated word is the negated word's translation: „nicht gesetzt“ → "unset", "not possible"
 * → „unmöglich“. The words next to each negator are looked up; one whose translation is the affixed word's stem
 * means the affix carries the negation.
 */
function affixCarries(tokens: Word[], negators: Word[], stem: string, lang: BaseLang): boolean {
  if (stem.length < 3) return false;
  for (const n of negators) {
    const k = tokens.indexOf(n);
    for (const i of [k + 1, k + 2, k - 1, k + 3]) {
      const w = tokens[i];
      if (!w || NEGATORS[lang].has(w.lower)) continue;
      for (const translation of lookup(w.text, lang)) {
        // "be sufficient", "sein lassen": the head word of a phrase.
        const t = translation.toLowerCase().split(' ').filter((x) => x.length >= 3 && x !== 'sein').pop() ?? '';
        if (t.length >= 3 && (stem === t || stem.startsWith(t) || t.startsWith(stem))) return true;
      }
    }
  }
  return false;
}

/** The words of `tokens` whose negating affix carries one of the other side's negators („nicht gesetzt“ ↔ "unset"). */
function carriedAffixes(tokens: Word[], lang: BaseLang, otherTokens: Word[], otherNegators: Word[], otherLang: BaseLang): Word[] {
  return tokens.filter((w) => {
    const affixed = AFFIX_NEGATION[lang](w.lower);
    return affixed !== undefined && affixCarries(otherTokens, otherNegators, affixed.stem, otherLang);
  });
}

/** True when a negating word of the target lies in or right beside one of the places. */
function negatedNear(places: Span[], negating: Word[], tgt: string): boolean {
  return places.some((p) => negating.some((w) => w.start <= p.end + 1 && p.start <= w.end + 1 || (w.start >= p.end && !/[,;:.!?()]/u.test(tgt.slice(p.end, w.start)) && tgt.slice(p.end, w.start).split(/\s+/u).length <= NEGATED_WORD_REACH + 1)));
}

/**
 * Both sides negate, but one has more plain negators ("not", „nicht“) than the other has negating words of any
 * kind (plain, lexical, or an affix that renders one: „nicht gesetzt“ → "unset"): a negation was added or lost
 * beside one that both sides share ("will not ignore missing ACKs" for „werden fehlende ACKs ignoriert“; „nicht
 * sequenziell … nicht unterstützt“ → "processed sequentially … not supported"). Less sure than a negation on one
 * side only: major. A lost one is marked at the source negator whose place in the translation (its clause's verb
 * group, its neighbour's counterpart) has no negating word; when every place has one, the counts are off for
 * another reason and nothing is flagged.
 */
function extraNegationFindings(src: string, tgt: string, s: Word[], t: Word[], srcTok: Word[], tgtTok: Word[], from: BaseLang, to: BaseLang): Finding[] {
  const plain = (ws: Word[], lang: BaseLang) => ws.filter((w) => !LEXICAL_NEGATORS[lang].has(w.lower));
  const ps = plain(s, from);
  const pt = plain(t, to);
  if (t.length > s.length && ps.length === 0 && pt.length > 0) {
    return [finding('traps.negation-added', s.map(span), pt.map(span),
      `The translation adds a negation (${quoteList(pt)}) to what the source says with ${quoteList(s)}: the meaning may be reversed.`, { severity: 'major' })];
  }
  if (s.length > t.length && pt.length === 0 && ps.length > 0) {
    return [finding('traps.negation-lost', ps.map(span), t.map(span),
      `The source negates (${quoteList(ps)}) besides ${quoteList(t)} in the translation, which has no such negation: the meaning may be reversed.`, { severity: 'major' })];
  }
  return countedNegationFindings(src, tgt, s, t, srcTok, tgtTok, from, to);
}

/** The counting part of extraNegationFindings, also used when an affix carries one of several source negations. */
function countedNegationFindings(src: string, tgt: string, s: Word[], t: Word[], srcTok: Word[], tgtTok: Word[], from: BaseLang, to: BaseLang): Finding[] {
  const ps = s.filter((w) => !LEXICAL_NEGATORS[from].has(w.lower));
  const rendering = new Set(negationTables(to).countedRenderings ?? []);
  const targetNegating = [...t, ...carriedAffixes(tgtTok, to, srcTok, s, from), ...tgtTok.filter((w) => rendering.has(w.lower))];
  // „ohne Rückmeldung“ → "silently": the analysis calls "ohne"/"without" lexical, a translation may drop it.
  const lexical = new Set(analyse(src, from).tokens.filter((w) => w.negationKind === 'lexical').map((w) => w.start));
  const strong = ps.filter((w) => !lexical.has(w.start));
  if (strong.length > targetNegating.length) {
    const places = negationPlaces(src, tgt, strong, from, to);
    const lost = strong.flatMap((n, i) => (!negatedNear(places[i]!, targetNegating, tgt) ? [{ n, places: places[i]! }] : []));
    if (lost.length === 0) return [];
    const ns = lost.map((l) => l.n);
    return [finding('traps.negation-lost', ns.map(span), lost.flatMap((l) => l.places),
      `The source negates ${strong.length} times (${quoteList(strong)}), the translation only ${targetNegating.length} (${quoteList(targetNegating)}): ${quoteList(ns)} seems lost and the meaning may be reversed.`, { severity: 'major' })];
  }
  return [];
}

/**
 * "unavailable" → „verfügbar“, „unverändert“ → "changed": the source negates by an affix and the translation has
 * the bare stem's translation with no negating word (and no affix) near it. Major: an affix is weaker evidence.
 */
function affixLostFindings(tgt: string, srcTok: Word[], tgtTok: Word[], from: BaseLang, to: BaseLang): Finding[] {
  const targetNegating = [...negators(tgt, tgtTok, to, wordSet(srcTok)), ...tgtTok.filter((w) => AFFIX_NEGATION[to](w.lower) !== undefined)];
  const out: Finding[] = [];
  for (const a of srcTok) {
    // Prefixes only: "regardless", „kostenlos“ do not deny their stem.
    const affixed = AFFIX_NEGATION[from](a.lower);
    if (!affixed?.prefix) continue;
    const stem = affixed.stem;
    // The source saying the stem too ("valid … invalid", "recursive … nonrecursive") explains its translation.
    if (stem.length < 5 || srcTok.some((w) => w.lower === stem)) continue;
    const k = tgtTok.findIndex((w, i) => {
      if (w.lower === a.lower || targetNegating.includes(w) || targetNegating.some((n) => Math.abs(tgtTok.indexOf(n) - i) <= NEGATED_WORD_REACH)) return false;
      return lookup(w.text, to).some((t) => t.toLowerCase().split(' ').pop() === stem);
    });
    if (k < 0) continue;
    // „nicht mehr erreichbar“: the negator goes before the function words in front of the stem word.
    const content = (w: Word) => w.token.content;
    let first = k;
    while (first > 0 && k - first < 2 && !content(tgtTok[first - 1]!) && sameClause(tgt, tgtTok[first - 1]!, tgtTok[k]!)) first--;
    out.push(finding('traps.negation-lost', [span(a)], [{ start: tgtTok[first]!.start, end: tgtTok[k]!.end }],
      `The source negates by the affix of "${a.text}", but the translation has "${tgtTok[k]!.text}" with no negation: the meaning may be reversed.`, { severity: 'major' }));
  }
  return out;
}

/**
 * „nicht nur auf die erste“ → "just the first one": the source's "not only" left as a bare "only" restricts what
 * the source extends. Flagged when the source has more "not only" than the translation and the translation has an
 * "only" word ("only", "just", „nur“, „bloß“) without its negator. Major: the meaning shifts but is not reversed.
 */
function notOnlyFindings(srcTok: Word[], tgtTok: Word[], from: BaseLang, to: BaseLang): Finding[] {
  const notOnly = (ts: Word[], lang: BaseLang) => ts.flatMap((t, i) => (t.lower === NEGATOR_FIRST[lang] && NOT_ONLY[lang].has(ts[i + 1]?.lower ?? '') ? [t] : []));
  const s = notOnly(srcTok, from);
  if (s.length === 0 || s.length <= notOnly(tgtTok, to).length) return [];
  const bare = tgtTok.filter((t, i) => NOT_ONLY[to].has(t.lower) && tgtTok[i - 1]?.lower !== NEGATOR_FIRST[to] && !/n['’]t$/u.test(tgtTok[i - 1]?.lower ?? ''));
  if (bare.length === 0) return [];
  return [finding('traps.not-only-lost', s.map(span), bare.map(span),
    `The source says "${s[0]!.text} …" (not only), the translation only ${quoteList(bare)}: what the source extends, the translation restricts.`)];
}

/** A subordinate clause that ends with its finite verb („sofern … nicht angegeben ist“). */
function verbFinal(a: Analysis, clause: number): boolean {
  const c = a.clauses[clause];
  if (c?.kind !== 'subordinate') return false;
  let last = c.end - 1;
  while (last > c.first && a.tokens[last]!.pos === 'punct') last--;
  return a.verbGroups.some((g) => g.clause === clause && g.finite === last);
}

function negationFindings(src: string, tgt: string, srcTok: Word[], tgtTok: Word[], from: BaseLang, to: BaseLang): Finding[] {
  const s = negators(src, srcTok, from, wordSet(tgtTok));
  const t = negators(tgt, tgtTok, to, wordSet(srcTok));
  if (s.length > 0 && t.length > 0) return extraNegationFindings(src, tgt, s, t, srcTok, tgtTok, from, to);
  if ((s.length > 0) === (t.length > 0)) return [];
  // "unless" for „sofern nicht“, „falls nicht“: the other side says the negation of a condition in one word of its own.
  const renderings = new Set(negationTables(s.length > 0 ? to : from).countedRenderings ?? []);
  const negated = s.length > 0 ? { ws: s, text: src, lang: from } : { ws: t, text: tgt, lang: to };
  const inCondition = negated.ws.every((w) => verbFinal(analyse(negated.text, negated.lang), w.token.clause));
  if (inCondition && (s.length > 0 ? tgtTok : srcTok).filter((w) => renderings.has(w.lower)).length >= negated.ws.length) return [];
  // "unmöglich" ↔ "not possible": a prefix or suffix may carry the negation on the other side.
  const plainSide = s.length > 0 ? tgtTok : srcTok;
  const affixOf = AFFIX_NEGATION[s.length > 0 ? to : from];
  const affix = plainSide.find((w) => affixOf(w.lower) !== undefined);
  if (affix && affixCarries(s.length > 0 ? srcTok : tgtTok, s.length > 0 ? s : t, affixOf(affix.lower)!.stem, s.length > 0 ? from : to)) {
    // „Nicht privilegierte … nicht angezeigt“ → "Non-privileged … printed": the affix carries one, not all.
    return s.length > 1 ? countedNegationFindings(src, tgt, s, t, srcTok, tgtTok, from, to) : [];
  }
  // A word that only carries negation in its meaning ("lack", „kaum“) is less sure evidence than "not".
  const onlyLexical = [...s, ...t].every((w) => LEXICAL_NEGATORS[s.length > 0 ? from : to].has(w.lower));
  const severity: Severity = affix || onlyLexical ? 'major' : 'critical';
  const hint = affix ? ` Check whether "${affix.text}" carries the negation.` : '';
  if (s.length > 0) {
    return [finding('traps.negation-lost', s.map(span), [...(affix ? [span(affix)] : []), ...negationPlaces(src, tgt, s, from, to).flat()],
      `The source is negated (${quoteList(s)}) but the translation is not: the meaning may be reversed.${hint}`, { severity })];
  }
  return [finding('traps.negation-added', affix ? [span(affix)] : [], t.map(span),
    `The translation adds a negation (${quoteList(t)}) that the source does not have: the meaning may be reversed.${hint}`, { severity })];
}

// ---------------------------------------------------------------------------------------------
// "muss nicht" = need not; "must not" = darf nicht.

const MUSS_TO_DARF = MODAL_VERBS.mustToMay;
const MUSS = new Set(Object.keys(MUSS_TO_DARF));
const BRAUCH = new Set(MODAL_VERBS.need);
const MUST_NOT = /\b(must)(\s+not|\s+never)\b|\b(mustn['’]t)/giu;

/** A "müssen" (or "brauchen") form and a "nicht" within a few words of each other in one clause. */
function mussNicht(text: string, tokens: Word[], verbs: Set<string>): [WordToken, WordToken] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!;
    if (!verbs.has(v.lower)) continue;
    for (let j = Math.max(0, i - 6); j < Math.min(tokens.length, i + 7); j++) {
      const n = tokens[j]!;
      if (n.lower !== 'nicht' || !sameClause(text, v, n)) continue;
      if (tokens[j + 1] && NOT_ONLY.de.has(tokens[j + 1]!.lower)) continue;
      return [v, n];
    }
  }
  return undefined;
}

function modalFindings(src: string, tgt: string, srcTok: Word[], tgtTok: Word[], from: BaseLang): Finding[] {
  MUST_NOT.lastIndex = 0;
  if (from === 'de') {
    const pair = mussNicht(src, srcTok, MUSS) ?? mussNicht(src, srcTok, BRAUCH);
    if (!pair) return [];
    const out: Finding[] = [];
    for (const m of tgt.matchAll(MUST_NOT)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const replacement = m[3] ? capitaliseLike("needn't", m[0], true) : capitaliseLike(`need${m[2] ?? ' not'}`, m[0], true);
      out.push(finding('traps.must-not', pair.map(span), [sp],
        `"${pair[0].text} … ${pair[1].text}" means there is no obligation ("need not", "don't have to"); "${m[0]}" forbids it.`,
        { fix: { side: 'target', span: sp, replacement, label: `Replace with "${replacement}"` } }));
    }
    return out;
  }
  const m = MUST_NOT.exec(src);
  MUST_NOT.lastIndex = 0;
  if (!m) return [];
  const pair = mussNicht(tgt, tgtTok, MUSS);
  if (!pair) return [];
  const sp = { start: m.index, end: m.index + m[0].length };
  const darf = MUSS_TO_DARF[pair[0].lower];
  const replacement = darf ? capitaliseLike(darf, pair[0].text, true) : undefined;
  return [finding('traps.must-not', [sp], pair.map(span),
    `"${m[0]}" forbids something ("darf nicht"); "${pair[0].text} … nicht" only says it is not necessary.`,
    replacement ? { fix: { side: 'target', span: span(pair[0]), replacement, label: `Replace with "${replacement}"` } } : {})];
}

// ---------------------------------------------------------------------------------------------
// False friends (lib/checks/data/de/false-friends.json). Forms are whole words; `legit` words in the source may
// honestly produce the look-alike.

/** Whole-word alternatives; a trailing * allows any ending. */
function wordsPattern(list: readonly string[]): string {
  const alts = list.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)));
  return `${WORD_START}(?:${alts.join('|')})${WORD_END}`;
}

interface CompiledFriend {
  entry: FalseFriend;
  de: RegExp;
  en: RegExp;
  legitDe: RegExp;
  legitEn: RegExp;
}
const COMPILED_FRIENDS: CompiledFriend[] = FALSE_FRIENDS.map((entry) => ({
  entry,
  de: new RegExp(wordsPattern(entry.de), 'giu'),
  en: new RegExp(wordsPattern(entry.en), 'giu'),
  legitDe: new RegExp(wordsPattern(entry.legitDe), 'giu'),
  legitEn: new RegExp(wordsPattern(entry.legitEn), 'giu'),
}));
/** One pass tells whether a source has any trap word at all, so most segments cost a single regex. */
const ANY_FRIEND: Record<BaseLang, RegExp> = {
  de: new RegExp(wordsPattern(FALSE_FRIENDS.flatMap((f) => f.de)), 'iu'),
  en: new RegExp(wordsPattern(FALSE_FRIENDS.flatMap((f) => f.en)), 'iu'),
};

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function falseFriendFindings(src: string, tgt: string, from: BaseLang): Finding[] {
  if (!ANY_FRIEND[from].test(src)) return [];
  const out: Finding[] = [];
  for (const c of COMPILED_FRIENDS) {
    const e = c.entry;
    const [srcRe, tgtRe, legitRe] = from === 'de' ? [c.de, c.en, c.legitDe] : [c.en, c.de, c.legitEn];
    let srcHits = allMatches(srcRe, src);
    if (e.notAfterNumber) srcHits = srcHits.filter((m) => !/\d[\s.,]*$/u.test(src.slice(Math.max(0, m.index - 4), m.index)));
    if (srcHits.length === 0) continue;
    let tgtHits = allMatches(tgtRe, tgt);
    if (e.notAfterNumber) tgtHits = tgtHits.filter((m) => !/\d[\s.,]*$/u.test(tgt.slice(Math.max(0, m.index - 4), m.index)));
    if (tgtHits.length === 0) continue;
    // The look-alike is fine as often as the source has a word that honestly means it.
    if (tgtHits.length <= allMatches(legitRe, src).length) continue;
    const fixes = from === 'de' ? e.fixEn : e.fixDe;
    const only = tgtHits.length === 1 ? tgtHits[0] : undefined;
    const rep = only && fixes?.[only[0].toLowerCase()];
    const fix: Fix | undefined = only && rep
      ? (() => {
          const replacement = from === 'de' ? capitaliseLike(rep, only[0], isSentenceStart(tgt, only.index)) : rep;
          const sp = { start: only.index, end: only.index + only[0].length };
          return { side: 'target' as const, span: sp, replacement, label: `Replace with "${replacement}"` };
        })()
      : undefined;
    const srcWord = srcHits[0]![0];
    const tgtWord = tgtHits[0]![0];
    const meaning = from === 'de' ? e.deMeans : e.enMeans;
    out.push(finding('traps.false-friend',
      srcHits.map((m) => ({ start: m.index, end: m.index + m[0].length })),
      tgtHits.map((m) => ({ start: m.index, end: m.index + m[0].length })),
      `False friend: "${srcWord}" means ${meaning}, not "${tgtWord}".`, fix ? { fix } : {}));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Separable verbs (lib/checks/data/de/separable-verbs.json): "gab … auf" is "gave up", not "gave".

/** Phrase renderings as regex: * is any ending; words of a phrase may have up to two words between them. */
function renderingPattern(alts: readonly string[]): string {
  const body = alts
    .map((a) => a.replace(/(?<=[\p{L})\]])\*/gu, '\\p{L}*').replace(/ /g, "(?:\\s+[\\p{L}'’-]+){0,2}\\s+"))
    .join('|');
  return `${WORD_START}(?:${body})${WORD_END}`;
}

interface CompiledSeparable {
  verb: string;
  particle: string;
  ok: RegExp;
  bad: Set<string>;
}
/** Finite form → the particle verbs it may belong to, keyed by particle. */
const FINITE = new Map<string, Map<string, CompiledSeparable>>();
for (const { particle, base, renderings, bare } of SEPARABLE_VERBS.verbs) {
  const b = SEPARABLE_VERBS.bases[base]!; // the data file's schema checks that every base is known
  const entry: CompiledSeparable = {
    verb: particle + base,
    particle,
    ok: new RegExp(renderingPattern(renderings), 'iu'),
    bad: new Set([...b.bare, ...(bare ?? [])]),
  };
  for (const form of b.forms) {
    let byParticle = FINITE.get(form);
    if (!byParticle) FINITE.set(form, (byParticle = new Map()));
    byParticle.set(particle, entry);
  }
}
const COORDINATORS = new Set(SEPARABLE_VERBS.coordinators);
/** How many German particle verbs the table knows. */
export const SEPARABLE_VERB_COUNT = SEPARABLE_VERBS.verbs.length;

/** Split particle verbs in a German main clause: "stellte … vor", with the particle at the clause end. */
function splitVerbs(text: string, tokens: Word[]): Array<{ verb: Word; particle: Word; entry: CompiledSeparable }> {
  const out: Array<{ verb: Word; particle: Word; entry: CompiledSeparable }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!;
    const byParticle = FINITE.get(v.lower);
    if (!byParticle) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 14; j++) {
      const p = tokens[j]!;
      if (!sameClause(text, v, p)) break;
      const entry = byParticle.get(p.lower);
      if (!entry) continue;
      const next = tokens[j + 1];
      const clauseEnd = !next || !sameClause(text, p, next) || COORDINATORS.has(next.lower);
      if (clauseEnd) {
        out.push({ verb: v, particle: p, entry });
        break;
      }
    }
  }
  return out;
}

function separableFindings(src: string, tgt: string, srcTok: Word[], tgtTok: Word[]): Finding[] {
  const out: Finding[] = [];
  for (const { verb, particle, entry } of splitVerbs(src, srcTok)) {
    // The bare verb is a cheap set look-up; the phrase patterns run only when it is there.
    const bare = tgtTok.find((t) => entry.bad.has(t.lower));
    if (!bare || entry.ok.test(tgt)) continue;
    out.push(finding('traps.particle-lost', [span(verb), span(particle)], [span(bare)],
      `"${verb.text} … ${particle.text}" is the verb "${entry.verb}"; "${bare.text}" renders only "${entry.verb.slice(entry.particle.length)}" and loses the particle "${particle.text}".`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sie or du.

const DU = new Set(ADDRESS.informal);
const SIE = new Set(ADDRESS.formal);

/** Words addressing the reader; a capital "Sie" or "Ihr" counts only mid-sentence, where it cannot be "she" or "their". */
function addressWords(text: string, tokens: Word[]): { sie: Word[]; du: Word[] } {
  const sie: Word[] = [];
  const du: Word[] = [];
  for (const t of tokens) {
    if (DU.has(t.lower)) du.push(t);
    else if (SIE.has(t.text) && !isSentenceStart(text, t.start)) sie.push(t);
  }
  return { sie, du };
}

/** How a German text addresses the reader: formal 'Sie', informal 'du', or null when it does not (or cannot be told). */
export function addressForm(text: string): 'Sie' | 'du' | null {
  const { sie, du } = addressWords(text, wordsOf(text, 'de'));
  if (sie.length === du.length) return null;
  return sie.length > du.length ? 'Sie' : 'du';
}

function addressFindings(tgt: string, tgtTok: Word[]): Finding[] {
  const { sie, du } = addressWords(tgt, tgtTok);
  if (sie.length === 0 || du.length === 0) return [];
  return [finding('traps.address-mixed', [], [...sie, ...du].sort((a, b) => a.start - b.start).map(span),
    `The translation mixes the formal "Sie" (${quoteList(sie)}) and the informal "du" (${quoteList(du)}); use one form of address.`)];
}

// ---------------------------------------------------------------------------------------------

export const trapsCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (isBlank(target) || ctx.sourceLang === ctx.targetLang) return [];
  const srcTok = wordsOf(source, ctx.sourceLang);
  const tgtTok = wordsOf(target, ctx.targetLang);
  const out = [
    ...negationFindings(source, target, srcTok, tgtTok, ctx.sourceLang, ctx.targetLang),
    ...notOnlyFindings(srcTok, tgtTok, ctx.sourceLang, ctx.targetLang),
    ...affixLostFindings(target, srcTok, tgtTok, ctx.sourceLang, ctx.targetLang),
    ...modalFindings(source, target, srcTok, tgtTok, ctx.sourceLang),
    ...falseFriendFindings(source, target, ctx.sourceLang),
    ...oppositeMeaningFindings(source, target, ctx.sourceLang, ctx.targetLang),
  ];
  if (ctx.sourceLang === 'de') out.push(...separableFindings(source, target, srcTok, tgtTok));
  if (ctx.targetLang === 'de') out.push(...addressFindings(target, tgtTok));
  return out;
};
