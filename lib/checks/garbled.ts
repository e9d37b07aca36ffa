/** Garbled German: sentences whose structure is broken, found with the rules of the verbal bracket (Satzklammer). */
import { analyse, type Analysis, type Token as AnalysedToken } from '../analysis';
import {
  AUXILIARIES,
  COORDINATORS,
  DETERMINERS,
  FINITE_VERBS,
  MODALS,
  NUMBER_WORDS,
  PERFECT_AUXILIARIES,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  SEIN_FORMS,
  SUBORDINATORS,
  VERBLESS_OPENERS,
  WERDEN_FORMS,
  finiteShape,
  isCapitalised,
  isFunctionWord,
  isGeParticiple,
  isInfinitiveShape,
  isParticipleShape,
  sentences,
  tokenize,
  type Token,
} from './german';
import { GERMAN_CLAUSE_WORDS } from './data';
import { garbleCopies } from './garbled-copy';
import { CLOSING_QUOTES, OPENING_QUOTES, q, quoteIssues, tokenText as text, type GarbledIssue } from './garbled-quotes';
import { ruleFinding } from './rules/catalogue';
import type { Finding, SegmentCheck, Span } from './types';

export type { GarbledIssue } from './garbled-quotes';

export const GARBLED_CHECK_ID = 'garbled-source';

// The word lists live in lib/checks/data/de/garbled.json, where each is described.
const W = GERMAN_CLAUSE_WORDS;
const CLAUSE_BOUNDARY = new Set(W.clauseBoundaries);
const INTENSIFIERS = new Set(W.intensifiers);
const PRONOMINAL_ADVERBS = new Set(W.pronominalAdverbs.prefixes.flatMap((p) => W.pronominalAdverbs.prepositions.map((x) => p + x)));
const PURE_PREPOSITIONS = new Set(W.purePrepositions);
const SENTENCE_INITIAL_SUBORDINATORS = new Set(W.sentenceSubordinators);
const CLAUSE_SUBORDINATORS = new Set([...W.sentenceSubordinators, ...W.clauseSubordinators]);
const DEMONSTRATIVES = new Set(W.demonstratives);
const ALWAYS_CAPITALISED = new Set(W.alwaysCapitalised.words);
const FINITE_AUXILIARIES = new Set(W.finiteAuxiliaries);
const SUBJECT_PRONOUNS = new Set(W.subjectPronouns);
const MIDDLE_FIELD_ENDERS = new Set(W.middleFieldEnders);

/** The analysis's token that starts at `start` (its tokens are in text order), for its reading of a word. */
function tokenAt(a: Analysis, start: number): AnalysedToken | undefined {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = a.tokens[mid]!;
    if (t.start === start) return t;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A participle with an adjective ending („getrennten“, „gegebenen“, „geltenden“), not the bare „unterschrieben“. */
const INFLECTED_PARTICIPLE = /(?:t|en|end)(?:e|en|em|er|es)$/u;

/** Formal „Sie“/„Ihr“ and letter-style „Du“, in any of their forms („Ihrem“, „Deine“). */
const alwaysCapitalised = (lower: string): boolean =>
  ALWAYS_CAPITALISED.has(lower) || W.alwaysCapitalised.prefixes.some((p) => lower.startsWith(p) && /^\p{L}*$/u.test(lower.slice(p.length)));

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isLowerWord = (t: Token | undefined): t is Token => isWord(t) && !t.cap;
const isContentCapital = (t: Token | undefined): boolean =>
  isWord(t) && isCapitalised(t) && !isFunctionWord(t.lower);

/** Finds structural problems in German text; one segment may hold several sentences. */
export function garbledIssues(text: string): GarbledIssue[] {
  const tokens = tokenize(text);
  const analysis = analyse(text, 'de');
  const all: GarbledIssue[] = [];
  for (const [from, to] of sentences(tokens)) {
    const found: GarbledIssue[] = [];
    const s = new Sentence(tokens, from, to, analysis);
    s.clauses((cf, ct) => s.checkClause(cf, ct, found));
    s.checkCapitals(found);
    s.checkFragment(found);
    s.checkOrder(found);
    // Two different kinds of damage in one sentence make even a small one serious.
    if (new Set(found.map((i) => i.rule)).size > 1) for (const i of found) i.severity = 'major';
    all.push(...found);
  }
  all.push(...quoteIssues(tokens, text));
  return all.sort((a, b) => a.span.start - b.span.start);
}

class Sentence {
  /** Index of the first word of the sentence (after opening quotes or brackets). */
  private readonly first: number;

  constructor(
    private readonly t: Token[],
    private readonly from: number,
    private readonly to: number,
    private readonly analysis: Analysis,
  ) {
    let f = from;
    while (f < to && !isWord(t[f]) && t[f]!.kind !== 'number') f++;
    this.first = f;
  }

  clauses(visit: (from: number, to: number) => void): void {
    let cf = this.from;
    for (let i = this.from; i <= this.to; i++) {
      const tok = this.t[i];
      if (i === this.to || tok!.kind === 'end' || (tok!.kind === 'punct' && CLAUSE_BOUNDARY.has(tok!.text))) {
        if (i > cf) visit(cf, i);
        cf = i + 1;
      }
    }
  }

  private span(a: number, b: number): Span {
    return { start: this.t[a]!.start, end: this.t[b]!.end };
  }

  /** The middle field can end right before the verb: a noun or name, a pronoun, "nicht", "dafür". */
  private endsMiddleField(i: number): boolean {
    const p = this.t[i - 1];
    if (!p || i - 1 < this.from) return false;
    if (p.kind === 'quote') return CLOSING_QUOTES.has(p.text);
    if (!isWord(p)) return false;
    if (isCapitalised(p) && i - 1 > this.first && !isFunctionWord(p.lower)) return true;
    return PRONOUNS.has(p.lower) || MIDDLE_FIELD_ENDERS.has(p.lower) || PRONOMINAL_ADVERBS.has(p.lower);
  }

  /** 'part' or 'inf' when the lowercase word at i can be a non-finite verb in this position. */
  private verbalShape(i: number): 'part' | 'inf' | null {
    const w = this.t[i];
    if (!isLowerWord(w)) return null;
    const shape = isParticipleShape(w.lower) ? 'part' : isInfinitiveShape(w.lower) ? 'inf' : null;
    if (!shape) return null;
    // An inflected participle before its noun („die durch Kommas getrennten Namen“) is an adjective: the analysis
    // reads it with its noun.
    if (INFLECTED_PARTICIPLE.test(w.lower) && tokenAt(this.analysis, w.start)?.pos === 'adj') {
      const next = this.t[i + 1];
      if (next && tokenAt(this.analysis, next.start)?.pos === 'noun') return null;
    }
    const p = this.t[i - 1];
    const zu = p?.lower === 'zu';
    // After an article, preposition, number or "sehr" an -en word is an adjective ("den deutschen").
    if (p && (DETERMINERS.has(p.lower) || (PREPOSITIONS.has(p.lower) && !zu) || NUMBER_WORDS.has(p.lower))) return null;
    if (p && (p.kind === 'number' || (INTENSIFIERS.has(p.lower) && !zu))) return null;
    // Before a capitalised noun, only a word after a complete middle field is a verb ("Markt kommen Juli").
    const next = this.t[i + 1];
    if (isWord(next) && isCapitalised(next) && (zu || !this.endsMiddleField(i))) return null;
    return shape;
  }

  /**
   * The last index of a prepositional phrase with a noun or number ("mit einem Brecheisen", "am Montag")
   * right after the non-finite verb at i, up to a conjunction, another verb or the clause end; -1 if none.
   * A zu-infinitive ("begonnen zu arbeiten") is the normal place for it, and so is the agent of a passive
   * ("wurde produziert von einem Team"), which written German often puts after the verb: neither counts.
   */
  private prepositionalPhraseAfter(i: number, ct: number, passive: boolean): number {
    const t = this.t;
    const p = t[i + 1];
    if (!isLowerWord(p) || !PREPOSITIONS.has(p.lower) || i + 2 >= ct) return -1;
    if (p.lower === 'zu' && isLowerWord(t[i + 2])) return -1;
    if (passive && (p.lower === 'von' || p.lower === 'vom')) return -1;
    let end = -1;
    let head = false;
    for (let k = i + 2; k < ct; k++) {
      const x = t[k]!;
      if (isWord(x) && (COORDINATORS.has(x.lower) || SUBORDINATORS.has(x.lower) || AUXILIARIES.has(x.lower) || this.verbalShape(k))) break;
      if (x.kind === 'number' || isContentCapital(x)) head = true;
      if (x.kind !== 'quote') end = k;
    }
    return head ? end : -1;
  }

  /** Rule 1 (words after the right bracket), 3b (quoted phrase after it) and 5d (modal + participle). */
  checkClause(cf: number, ct: number, out: GarbledIssue[]): void {
    const t = this.t;
    let aux: { i: number; lower: string } | undefined;
    let last: { i: number; shape: 'part' | 'inf' } | undefined;
    // Prepositional phrases right after a bracket-closing verb: [verb index, last index of the phrase].
    const trailing: Array<[verb: number, end: number, surelyVerb: boolean]> = [];
    for (let i = cf; i < ct; i++) {
      const w = t[i]!;
      if (w.kind !== 'word') continue;
      if (!aux && AUXILIARIES.has(w.lower)) {
        aux = { i, lower: w.lower };
        continue;
      }
      const shape = this.verbalShape(i);
      if (!shape) continue;
      const afterAux = aux !== undefined && i > aux.i;
      const valid =
        shape === 'part'
          ? afterAux || isGeParticiple(w.lower)
          : (afterAux && !PERFECT_AUXILIARIES.has(aux!.lower)) || t[i - 1]?.lower === 'zu';
      if (!valid) continue;
      last = { i, shape };
      // An auxiliary-shaped word ("werden", "haben") may be the finite verb of a clause joined by "und".
      if (afterAux && !SEIN_FORMS.has(aux!.lower) && !AUXILIARIES.has(w.lower)) {
        const end = this.prepositionalPhraseAfter(i, ct, WERDEN_FORMS.has(aux!.lower));
        // Surely a verb: a ge- participle, a participle after "haben", an infinitive after a modal. After
        // "werden" a word of that shape may be a predicative adjective ("wird ernst für …").
        const surelyVerb = isGeParticiple(w.lower) || (shape === 'part' ? !WERDEN_FORMS.has(aux!.lower) : MODALS.has(aux!.lower));
        if (end > 0) trailing.push([i, end, surelyVerb]);
      }
      const open = t[i + 1];
      if (afterAux && open && OPENING_QUOTES.has(open.text) && isContentCapital(t[i + 2]) && this.endsMiddleField(i)) {
        const close = t.findIndex((x, k) => k > i + 1 && k < ct && CLOSING_QUOTES.has(x.text));
        // The verb with the noun it closes on ("Kampagne starten") is where the translation went wrong: the
        // quotation should have been its object.
        const object = isContentCapital(t[i - 1]) && i - 1 > this.first ? i - 1 : i;
        out.push({
          rule: 'quote',
          kind: 'glued-quote',
          severity: 'major',
          span: this.span(i + 1, close > 0 ? close : i + 2),
          also: this.span(object, i),
          message: `A quoted phrase follows the clause-final verb phrase ${q(text(t, object, i))} without any connecting word: the sentence no longer parses (the phrase before it seems mistranslated).`,
        });
      }
    }
    if (!last) return;
    const v = t[last.i]!;
    for (const [verb, end, surelyVerb] of trailing) {
      const closing = verb === last.i;
      if (closing && !surelyVerb) continue;
      out.push({
        rule: 'bracket',
        kind: closing ? 'afterthought' : 'split-bracket',
        // At the end of the clause it may be a deliberate (if clumsy) afterthought; before more of the clause it is broken.
        severity: closing ? 'minor' : 'major',
        span: this.span(verb + 1, end),
        message: closing
          ? `${q(text(t, verb + 1, end))} comes after the clause-final verb ${q(t[verb]!.text)}: in written German it belongs before it, so words seem out of place.`
          : `${q(text(t, verb + 1, end))} stands between the verb ${q(t[verb]!.text)} and the rest of the clause: the sentence seems garbled (the verb belongs at the end).`,
      });
    }
    if (last.i + 1 < ct) {
      const f = t[last.i + 1]!;
      const after = t[last.i + 2];
      const stranded =
        f.kind === 'number' ||
        (isContentCapital(f) && !(after && FINITE_VERBS.has(after.lower))) ||
        (isWord(f) && DETERMINERS.has(f.lower) && isLowerWord(f) && isContentCapital(after));
      if (stranded) {
        let end = ct - 1;
        while (end > last.i + 1 && t[end]!.kind === 'quote') end--;
        const words = text(t, last.i + 1, end);
        out.push({
          rule: 'bracket',
          kind: 'stranded',
          severity: 'major',
          span: this.span(last.i + 1, end),
          message: aux
            ? `Words after the clause-final verb ${q(v.text)}: ${q(words)} is stranded there, so the sentence seems garbled (did the date or object move?).`
            : `${q(v.text)} is followed by ${q(words)} with no verb connecting them: the sentence seems garbled.`,
        });
        return;
      }
    }
    // A modal needs an infinitive at the end of its clause: "soll … vorgestellt" lacks "werden".
    if (aux && MODALS.has(aux.lower) && last.shape === 'part' && /t$/.test(v.lower) && aux.i < last.i) {
      const firstWord = t.slice(cf, ct).find(isWord);
      if (firstWord && SUBORDINATORS.has(firstWord.lower)) return;
      out.push({
        rule: 'order',
        kind: 'modal-participle',
        severity: 'major',
        span: this.span(last.i, last.i),
        message: `The participle ${q(v.text)} cannot close a clause with the modal ${q(t[aux.i]!.text)}: an infinitive (e.g. „werden“ or „haben“) is missing, or a verb is misplaced.`,
      });
    }
  }

  /** Rule 2: a preposition, article, pronoun or conjunction capitalised in mid-sentence ("mit Im Rahmen"). */
  checkCapitals(out: GarbledIssue[]): void {
    for (let i = this.first + 1; i < this.to; i++) {
      const w = this.t[i]!;
      if (!isWord(w) || !/^\p{Lu}\p{Ll}/u.test(w.text)) continue;
      const l = w.lower;
      const p = this.t[i - 1]!;
      // A finite auxiliary is never a noun: capitalised after any word, the sentence was broken there ("Eine Zeugin Hat …").
      if (FINITE_AUXILIARIES.has(l) && isWord(p)) {
        out.push({
          rule: 'capital',
          kind: 'verb-capital',
          severity: 'minor',
          span: this.span(i, i),
          message: `The verb ${q(w.text)} is capitalised in mid-sentence: a sentence break seems to have been lost or the sentence was put together wrongly.`,
        });
        continue;
      }
      const closed =
        DETERMINERS.has(l) || PREPOSITIONS.has(l) || PRONOUNS.has(l) || COORDINATORS.has(l) || SUBORDINATORS.has(l);
      if (!closed || alwaysCapitalised(l)) continue;
      // After a lowercase word only; after an article it is a noun ("das Aus", "das Für und Wider").
      if (!isLowerWord(p) || DETERMINERS.has(p.lower)) continue;
      // "das Für und Wider", "das Hin und Her": a nominalised pair.
      if (COORDINATORS.has(p.lower) && isCapitalised(this.t[i - 2] ?? p) && isFunctionWord(this.t[i - 2]!.lower)) continue;
      const stacked = PREPOSITIONS.has(p.lower) || COORDINATORS.has(p.lower);
      out.push({
        rule: 'capital',
        kind: 'function-capital',
        severity: stacked && PREPOSITIONS.has(l) ? 'major' : 'minor',
        span: this.span(i, i),
        message: `${q(w.text)} is capitalised in mid-sentence after ${q(p.text)}: a sentence break seems to have been lost or two sentences run together.`,
      });
    }
  }

  /** Rule 4: a full sentence (≥ 4 words, final . ! ?) without any finite verb. */
  checkFragment(out: GarbledIssue[]): void {
    const t = this.t;
    let endTok = this.to - 1;
    while (endTok > this.from && t[endTok]!.kind === 'quote') endTok--;
    if (t[endTok]?.kind !== 'end') return;
    const words: number[] = [];
    for (let i = this.from; i < endTok; i++) {
      const k = t[i]!.kind;
      if (k === 'word' || k === 'number') words.push(i);
      if (t[i]!.text === ':') return; // "Preis: ab 999 Euro." is a label, not a clause.
    }
    if (words.length < 4) return;
    const first = t[words[0]!]!;
    if (VERBLESS_OPENERS.has(first.lower)) return;
    // A verb-first sentence (question, imperative): "Kauf dir ein Handy!", "Kommt er morgen?"
    const second = t[words[1]!]!;
    if (isWord(first) && !isFunctionWord(first.lower) && isWord(second) && !isCapitalised(second)) return;
    // The formal imperative or question puts the verb before "Sie": "Bewahren Sie … auf", "Lesen Sie …?"
    if (isWord(first) && !isFunctionWord(first.lower) && isInfinitiveShape(first.lower) && second.text === 'Sie') return;
    for (const i of words) if (this.couldBeFinite(i, i === words[words.length - 1])) return;
    // The shared analysis reads a finite verb the shapes miss („Sehr alte x86-CPUs unterstützen CPUID nicht.“).
    const start = t[this.from]!.start;
    const end = t[endTok]!.end;
    if (this.analysis.tokens.some((w) => w.start >= start && w.end <= end && w.morph.verbForm === 'fin' && w.pos !== 'noun')) return;
    out.push({
      rule: 'fragment',
      kind: 'fragment',
      severity: 'minor',
      span: this.span(words[0]!, endTok),
      message: 'No finite verb in this sentence: it reads as a fragment (a verb may have been lost in translation).',
    });
  }

  private couldBeFinite(i: number, lastWord: boolean): boolean {
    const w = this.t[i]!;
    if (w.kind !== 'word') return false;
    const shape = finiteShape(w.lower);
    if (shape === 'sure') return true;
    const p = this.t[i - 1];
    // Any lowercase content word right after a noun is the second-position verb ("Die Abstimmung ergab …"),
    // a compound ending in a noun included ("Der st-Treiber verwendet …").
    if (isLowerWord(w) && !isFunctionWord(w.lower) && (isContentCapital(p) || (isWord(p) && /-\p{Lu}\p{Ll}/u.test(p.text)))) return true;
    // Before "Sie" an infinitive-shaped word is the verb of an imperative or a question ("…, setzen Sie …").
    if (isInfinitiveShape(w.lower) && this.t[i + 1]?.text === 'Sie') return true;
    // Likewise right after a subject pronoun that opens the sentence ("Sie rief ihn an", "Er gab … bekannt").
    if (isLowerWord(w) && !isFunctionWord(w.lower) && p && i - 1 === this.first && SUBJECT_PRONOUNS.has(p.lower)) return true;
    if (shape === 'no' || (isCapitalised(w) && i !== this.first)) return false;
    // An attributive adjective takes an ending; a -t word right after "das", "der", "dies" is the verb of
    // a demonstrative subject ("Das entspricht …", "Der reicht nicht").
    const demonstrative = shape === 'likely' && !!p && DEMONSTRATIVES.has(p.lower) && i - 1 === this.first;
    const attributive = !!p && !demonstrative && (DETERMINERS.has(p.lower) || PREPOSITIONS.has(p.lower) || INTENSIFIERS.has(p.lower));
    if (attributive) return false;
    if (shape === 'likely') return true;
    // -en/-e: a verb right after its subject ("Die Kinder spielen"), or at the end ("…, weil sie kommen.").
    return lastWord || this.endsMiddleField(i) || (!!p && p.kind === 'word' && isCapitalised(p));
  }

  /** Rule 5: a preposition before a finite verb, two finite verbs in a row, words after a subordinate clause's verb. */
  checkOrder(out: GarbledIssue[]): void {
    const t = this.t;
    for (let i = this.from + 1; i < this.to; i++) {
      const a = t[i - 1]!;
      const b = t[i]!;
      if (!isWord(a) || !isLowerWord(b) || !FINITE_VERBS.has(b.lower)) continue;
      if (PURE_PREPOSITIONS.has(a.lower) && isLowerWord(a)) {
        out.push({
          rule: 'order',
          kind: 'preposition-verb',
          severity: 'major',
          span: this.span(i - 1, i),
          message: `The preposition ${q(a.text)} is followed directly by the verb ${q(b.text)}: words are missing or out of order.`,
        });
      } else if (FINITE_VERBS.has(a.lower)) {
        out.push({
          rule: 'order',
          kind: 'two-finite',
          severity: 'major',
          span: this.span(i - 1, i),
          message: `Two finite verbs in a row, ${q(a.text)} and ${q(b.text)}: words are missing or out of order.`,
        });
      }
    }
    this.clauses((cf, ct) => {
      this.checkSubordinate(cf, ct, out);
      this.checkDoubledFinite(cf, ct, out);
    });
  }

  /**
   * One clause has one finite verb: a second finite auxiliary further on, with no conjunction
   * opening a new clause in between ("Der Schaden wird … geschätzt wird."), is left over from an edit.
   */
  private checkDoubledFinite(cf: number, ct: number, out: GarbledIssue[]): void {
    const t = this.t;
    let first = -1;
    for (let i = cf; i < ct; i++) {
      const w = t[i]!;
      if (!isLowerWord(w)) continue;
      if (COORDINATORS.has(w.lower) || SUBORDINATORS.has(w.lower)) {
        first = -1;
        continue;
      }
      if (!FINITE_AUXILIARIES.has(w.lower)) continue;
      // Directly adjacent ones are reported as two finite verbs in a row.
      if (first >= 0 && i > first + 1) {
        out.push({
          rule: 'order',
          kind: 'doubled-finite',
          severity: 'major',
          span: this.span(i, i),
          message: `${q(w.text)} is a second finite verb in a clause that already has ${q(t[first]!.text)}: one of them is left over, or words are missing.`,
        });
        return;
      }
      first = i;
    }
  }

  /** In a verb-final clause ("…, dessen Betrieb bestätigt ist"), nothing but a complement may follow the verb. */
  private checkSubordinate(cf: number, ct: number, out: GarbledIssue[]): void {
    const t = this.t;
    let s = cf;
    while (s < ct && t[s]!.kind === 'quote') s++;
    const opener = t[s];
    if (!isWord(opener)) return;
    const l = opener.lower;
    const afterComma = cf > this.from && t[cf - 1]!.text === ',';
    const relative =
      afterComma &&
      RELATIVE_PRONOUNS.has(l) &&
      (l === 'dessen' || l === 'deren' || l === 'denen' || !isCapitalised(t[s + 1] ?? opener));
    const subordinate = s === this.first ? SENTENCE_INITIAL_SUBORDINATORS.has(l) : afterComma && CLAUSE_SUBORDINATORS.has(l);
    if (!relative && !subordinate) return;
    let f = -1;
    for (let i = s + 1; i < ct; i++) {
      if (isLowerWord(t[i]) && (AUXILIARIES.has(t[i]!.lower) || FINITE_VERBS.has(t[i]!.lower))) f = i;
    }
    // "als wäre es", "wie ist das": a verb right after the conjunction is verb-first, not verb-final.
    if (f <= s + 1 || f + 1 >= ct) return;
    const next = t[f + 1]!;
    if (!(next.kind === 'number' || isContentCapital(next))) return;
    let end = ct - 1;
    while (end > f + 1 && t[end]!.kind === 'quote') end--;
    out.push({
      rule: 'order',
      kind: 'subordinate-order',
      severity: 'major',
      span: this.span(f + 1, end),
      message: `${q(text(t, f + 1, end))} comes after ${q(t[f]!.text)}, the verb that should close this subordinate clause: the sentence seems garbled.`,
    });
  }
}

/**
 * The finding of an issue: on a German source it is the rule of its kind; an English copy of a source garble and
 * a garbled German target each have a rule of their own (their category is fluency, not source quality).
 */
function toFinding(issue: GarbledIssue, side: 'source' | 'target', rule: string, group?: string): Finding {
  const spans = issue.also ? [issue.also, issue.span].sort((a, b) => a.start - b.start) : [issue.span];
  return {
    ...ruleFinding(rule, {
      side,
      sourceSpans: side === 'source' ? spans : [],
      targetSpans: side === 'target' ? spans : [],
      message: issue.message,
      // The check grades each issue (two kinds of damage in one sentence make both major).
      severity: issue.severity,
    }),
    ...(group ? { group } : {}),
  };
}

/**
 * Garbled German source (source-quality), with the English translation's copy of each garble tied to it
 * (fluency/grammar, same group), and for EN→DE garbled German target (fluency/grammar).
 */
export const garbledSourceCheck: SegmentCheck = (segment, ctx) => {
  const findings: Finding[] = [];
  if (ctx.sourceLang === 'de') {
    const issues = garbledIssues(segment.source);
    const copies = ctx.targetLang === 'en' ? garbleCopies(issues, segment.source, segment.target) : [];
    issues.forEach((issue, n) => {
      const copy = copies.find((c) => c.of === n);
      const group = copy ? `garble-${n}` : undefined;
      findings.push(toFinding(issue, 'source', `${GARBLED_CHECK_ID}.${issue.kind}`, group));
      if (copy) findings.push(toFinding(copy.issue, 'target', `${GARBLED_CHECK_ID}.copied`, group));
    });
  }
  if (ctx.targetLang === 'de' && segment.target)
    for (const i of garbledIssues(segment.target)) findings.push(toFinding(i, 'target', `${GARBLED_CHECK_ID}.german-target`));
  return findings;
};
