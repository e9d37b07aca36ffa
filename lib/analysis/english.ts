/** English analysis: readings from WordNet (with morphy) and the closed-class table, chosen by context; clauses, verb groups, names. */
import { closedClass } from './closed';
import { choose, firstOf, has, isWord, reading, runAnalysis, splitClauses, WordCache, type Work } from './common';
import { englishLexicon, type WeightedReading } from './english-lexicon';
import { isAllCaps, isCapitalised } from './tokenize';
import type { Analysis, Clause, Reading, Tense, VerbGroup } from './types';

// Bounded per-word memo (see WordCache).
const words = new WordCache(100_000);

export function readingsOf(lower: string): { readings: Reading[]; known: boolean } {
  return words.get(lower, () => {
    const closed = closedClass('en').readings.get(lower) ?? [];
    let open: WeightedReading[] = englishLexicon().lookup(lower);
    // Hyphenated compounds take the part of speech of their last part ("century-old", "follow-up").
    const hyphen = lower.lastIndexOf('-');
    if (open.length === 0 && hyphen > 0) open = englishLexicon().lookup(lower.slice(hyphen + 1)).map((r) => ({ ...r, lemma: lower.slice(0, hyphen + 1) + r.lemma }));
    open.sort((a, b) => b.weight - a.weight);
    return { readings: [...closed, ...open.map(({ weight: _w, ...r }) => r)], known: closed.length + open.length > 0 };
  });
}

const VERBAL = ['verb', 'aux', 'modal'] as const;
const isVerbal = (r: Reading | undefined) => r !== undefined && (VERBAL as readonly string[]).includes(r.pos);
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const NOMINAL_BEFORE = new Set(['det', 'adj', 'num']);

/** The nearest word before `i`, skipping adverbs and negators (the verb chain reads through "has not yet been"). */
function prevInChain(work: Work[], i: number): Work | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const w = work[k]!;
    if (w.raw.kind === 'punct') return undefined;
    if (w.chosen.pos === 'adv' || (w.chosen.pos === 'part' && w.chosen.kind === 'negation')) continue;
    return w;
  }
  return undefined;
}

function tag(work: Work[]): void {
  const closedOf = (w: Work) => closedClass('en').readings.get(w.raw.lower) ?? [];
  work.forEach((w, i) => {
    const { raw } = w;
    if (raw.kind !== 'word' || w.fixed) return;
    const prev = work[i - 1];
    const next = work[i + 1];
    const chainPrev = prevInChain(work, i);
    const closed = closedOf(w);
    const initial = raw.sentenceStart || (prev !== undefined && prev.raw.kind === 'punct' && /^["“‘(:–—-]$/.test(prev.raw.text));
    const capital = isCapitalised(raw.text) && raw.lower !== 'i';
    // Names: capitalised mid-sentence and unknown (or known to WordNet only as a name); unknown at the start too.
    const lexicon = englishLexicon();
    const midName = !initial && !closed.length && !isAllCaps(raw.text) && (!firstOf(w, 'noun') || lexicon.hasNameSense(raw.lower));
    // A nationality or other name-adjective before a noun is an adjective ("German camera maker", "the Japanese market").
    const nameAdjective = capital && w.readings.find((r) => r.pos === 'adj');
    if (nameAdjective && next && has(next, 'noun') && !isCapitalised(next.raw.text)) return choose(w, { ...nameAdjective, lemma: raw.text, kind: 'proper' });
    if (capital && (!w.known || (lexicon.isName(raw.lower) && !closed.length) || midName)) {
      return choose(w, reading(raw.text, 'propn'));
    }
    if (!w.known) return choose(w, guess(raw.lower));
    if (raw.lower === 'no' && (next?.raw.lower === 'longer' || next?.raw.lower === 'more')) return choose(w, { lemma: 'no', pos: 'adv', morph: {}, negation: 'neg' });
    if ((raw.lower === 'longer' || raw.lower === 'more') && prev?.raw.lower === 'no') return choose(w, reading(raw.lower, 'adv'));
    // A capitalised word inside a sentence is a noun when it can be one, never a verb ("the Big Bang").
    if (capital && !initial && !closed.length && firstOf(w, 'noun')) return choose(w, firstOf(w, 'noun'));
    if (closed.length > 0) {
      const nextWord = next?.raw.kind === 'word' ? next : undefined;
      if (raw.lower === 'to') {
        // The infinitive marker before a base form that is mostly a verb ("to leave") or after an adjective ("able to work"); "to school" stays a preposition.
        const base = nextWord && !isCapitalised(nextWord.raw.text) && !has(nextWord, 'det', 'pron') && nextWord.readings.some((r) => r.pos === 'verb' && r.morph.verbForm === 'inf');
        const verbFirst = base && nextWord!.readings.find((r) => r.pos === 'noun' || r.pos === 'verb' || r.pos === 'adj')?.pos === 'verb';
        const governor = prev !== undefined && prev.chosen.pos === 'adj';
        return choose(w, closed.find((r) => r.pos === (base && (verbFirst || governor) ? 'part' : 'adp')) ?? closed[0]);
      }
      if (raw.lower === 'that') {
        if (chainPrev && (chainPrev.chosen.pos === 'noun' || chainPrev.chosen.pos === 'propn' || chainPrev.chosen.pos === 'pron')) return choose(w, reading('that', 'pron', {}, 'relative'));
        if (nextWord && has(nextWord, 'noun') && !has(nextWord, 'det', 'pron') && !SUBJECTS.has(nextWord.raw.lower)) return choose(w, closed.find((r) => r.pos === 'det'));
        return choose(w, closed.find((r) => r.pos === 'conj'));
      }
      // "'s" after a pronoun or "there" is "is" or "has" ("it's", "what's going on"), else the possessive.
      if (raw.lower === "'s" && prev && (prev.chosen.pos === 'pron' || prev.raw.lower === 'there' || prev.raw.lower === 'here')) return choose(w, reading('be', 'aux', { verbForm: 'fin', tense: 'pres', person: 3, number: 'sing' }));
      if (raw.lower === 'like' && chainPrev && (SUBJECTS.has(chainPrev.raw.lower) || isVerbal(chainPrev.chosen) || chainPrev.raw.lower === 'to')) return choose(w, firstOf(w, 'verb'));
      const modal = closed.find((r) => r.pos === 'modal');
      if (modal && (prev?.chosen.pos === 'det' || (capital && !initial))) return choose(w, capital && !initial ? reading(raw.text, 'propn') : (firstOf(w, 'noun') ?? modal));
      // Adverb or preposition: a preposition before a noun phrase, an adverb (or particle) before punctuation or a verb.
      if (closed[0]!.pos === 'adp' && closed.some((r) => r.pos === 'adv') && (!isWord(next) || has(next, 'verb', 'aux', 'modal', 'adv'))) return choose(w, closed.find((r) => r.pos === 'adv'));
      if (closed[0]!.pos === 'adp' && closed.some((r) => r.pos === 'conj') && next && (SUBJECTS.has(next.raw.lower) || (has(next, 'det') && !has(next, 'noun')))) return choose(w, closed.find((r) => r.pos === 'conj' && r.kind === 'subordinating') ?? closed[0]);
      return choose(w, closed[0]);
    }
    const verb = firstOf(w, 'verb');
    const noun = firstOf(w, 'noun');
    const adj = firstOf(w, 'adj');
    const adv = firstOf(w, 'adv');
    const cp = chainPrev?.chosen;
    // After "to", a modal or "do": the base form.
    if (verb && cp && ((cp.pos === 'part' && cp.kind === 'infinitive') || cp.pos === 'modal' || cp.lemma === 'do')) {
      return choose(w, w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'inf') ?? verb);
    }
    // After "be"/"have": a participle.
    if (verb && cp && cp.pos === 'aux' && (cp.lemma === 'be' || cp.lemma === 'have')) {
      const participle = w.readings.find((r) => r.pos === 'verb' && (r.morph.verbForm === 'ppast' || r.morph.verbForm === 'ppres'));
      // "is mostly marketing fluff": an -ing word that is mostly a noun, before a noun, is part of the noun phrase.
      if (participle?.morph.verbForm === 'ppres' && noun && w.readings[closed.length]?.pos === 'noun' && next && has(next, 'noun') && !has(next, 'det', 'pron')) return choose(w, noun);
      if (participle) return choose(w, participle);
      // Participles the same as the base form ("has come", "has put") are in no exception list.
      const base = w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'inf' && r.lemma === raw.lower);
      if (base && cp.lemma === 'have') return choose(w, { ...base, morph: { verbForm: 'ppast' } });
    }
    if (adv && /ly$/.test(raw.lower)) return choose(w, adv);
    // A hyphenated participle before a noun is an adjective ("non-installed packages", "Leica-branded phone").
    const hyphenParticiple = raw.lower.includes('-') && w.readings.find((r) => r.pos === 'verb' && (r.morph.verbForm === 'ppast' || r.morph.verbForm === 'ppres'));
    if (hyphenParticiple && next && has(next, 'noun')) return choose(w, reading(raw.lower, 'adj', { degree: 'pos', verbForm: hyphenParticiple.morph.verbForm! }));
    // Before a finite verb or modal, a word that can be a noun is the subject ("Spending will rise").
    if (noun && next && (has(next, 'modal') || next.readings.some((r) => r.pos === 'aux' && r.morph.verbForm === 'fin')) && !(cp && cp.pos === 'pron' && SUBJECTS.has(chainPrev!.raw.lower))) return choose(w, noun);
    // In a noun phrase: an adjective before a noun, else the noun.
    if (prev && (NOMINAL_BEFORE.has(prev.chosen.pos) || (prev.chosen.pos === 'pron' && prev.chosen.morph.poss) || (prev.chosen.pos === 'adp' && prev.raw.lower !== 'to'))) {
      if (adj && next && has(next, 'noun') && !has(next, 'adp', 'det')) return choose(w, adj);
      // A participle before a noun is used as an adjective ("an omitted argument", "the running process").
      const participle = w.readings.find((r) => r.pos === 'verb' && (r.morph.verbForm === 'ppast' || r.morph.verbForm === 'ppres'));
      if (participle && !noun && next && has(next, 'noun')) return choose(w, reading(participle.lemma, 'adj', { degree: 'pos', verbForm: participle.morph.verbForm! }));
      if (noun) return choose(w, noun);
      if (adj) return choose(w, adj);
    }
    // An adjective before a noun after a verb or at the start ("found concrete evidence", "Last summer").
    if (adj && next && has(next, 'noun') && !has(next, 'det', 'pron', 'adp') && (!prev || prev.raw.kind === 'punct' || prev.chosen.pos === 'verb' || prev.chosen.pos === 'conj')) return choose(w, adj);
    // After a subject: a finite verb.
    if (verb && cp && (SUBJECTS.has(chainPrev!.raw.lower) || cp.pos === 'noun' || cp.pos === 'propn') && !(cp.pos === 'noun' && noun && raw.lower.endsWith('s') && !has(next, 'det', 'pron', 'adp'))) {
      const finite = w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'fin' && (cp.pos === 'pron' || r.morph.tense === 'past' || r.morph.person === 3 || (cp.morph.number ?? 'sing') === 'plur'));
      if (finite) return choose(w, finite);
    }
    // Sentence-initial base form before an object or adverbial: an imperative ("Keep the device away", "Check that …").
    const startsImperative = initial || (prev !== undefined && prev.chosen.pos === 'adv' && prev.raw.sentenceStart);
    const objectNext = next !== undefined && (has(next, 'det', 'adp', 'adv') || (has(next, 'pron') && !SUBJECTS.has(next.raw.lower)) || next.raw.lower === 'that' || next.raw.text === ':' || next.raw.text === ',' ||
      (w.readings[closed.length]?.pos === 'verb' && has(next, 'noun') && !next.readings.some((r) => r.pos === 'verb' && r.morph.verbForm === 'fin')));
    if (verb && startsImperative && w.readings.some((r) => r.pos === 'verb' && r.morph.verbForm === 'inf') && objectNext) {
      return choose(w, w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'fin' && r.morph.tense === 'pres') ?? verb);
    }
    // Sentence-initial before a possible finite verb: the subject ("Rents rose", "People begin").
    if (noun && initial && next && next.readings.some((r) => r.pos === 'verb' && r.morph.verbForm === 'fin') && !has(next, 'det')) return choose(w, noun);
    return choose(w, w.readings[closed.length]);
  });
}

/** A reading for a word WordNet lacks, from its ending; most unknown words of running text are nouns ("smartphone"). */
function guess(lower: string): Reading {
  if (!/^[\p{L}'-]+$/u.test(lower)) return reading(lower, 'x');
  if (/ly$/.test(lower)) return reading(lower, 'adv');
  if (/(able|ible|ous|ful|less|ic|ical|ive|ish)$/.test(lower)) return reading(lower, 'adj', { degree: 'pos' });
  if (/ing$/.test(lower)) return reading(lower.slice(0, -3), 'verb', { verbForm: 'ppres' });
  if (/[^s]s$/.test(lower)) return reading(lower.slice(0, -1), 'noun', { number: 'plur' });
  return reading(lower, 'noun', { number: 'sing' });
}

/** English clause openers beyond the shared ones: a relative pronoun, a coordinator or comma before a second finite verb. */
function clauses(work: Work[], sentences: { first: number; end: number }[]): Clause[] {
  const finiteIn = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const r = work[k]!.chosen;
      if (r.pos === 'modal' || ((r.pos === 'verb' || r.pos === 'aux') && r.morph.verbForm === 'fin')) return true;
    }
    return false;
  };
  return splitClauses(work, sentences, (i, clauseStart) => {
    const w = work[i]!;
    const r = w.chosen;
    if (r.pos === 'pron' && r.kind === 'relative' && i > clauseStart + 1) return 'relative';
    if (!((r.pos === 'conj' && r.kind === 'coordinating') || work[i - 1]!.raw.text === ',')) return undefined;
    let end = i + 1;
    while (end < work.length && work[end]!.raw.text !== ',' && !/^[.!?]$/.test(work[end]!.raw.text) && work[end]!.chosen.pos !== 'conj') end++;
    return finiteIn(clauseStart, i) && finiteIn(i + 1, end) ? 'main' : undefined;
  });
}

/** Verb chains: auxiliaries and modals with the verbs they govern, through adverbs and "not" ("has not yet been seen"). */
function verbGroups(work: Work[], clauseList: Clause[], sentences: { first: number; end: number }[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (const c of clauseList) {
    // Negation by a determiner or pronoun ("no", "nothing") holds for the clause; "not" and "never" for their own chain.
    let clauseNegated = false;
    for (let i = c.first; i < c.end; i++) if (work[i]!.chosen.negation === 'neg' && (work[i]!.chosen.pos === 'det' || work[i]!.chosen.pos === 'pron')) clauseNegated = true;
    let i = c.first;
    while (i < c.end) {
      if (!isVerbal(work[i]!.chosen)) {
        i++;
        continue;
      }
      const chain: number[] = [i];
      let k = i + 1;
      // A chain continues past adverbs, negators and, after a fronted auxiliary, the subject ("Has he seen …?").
      while (k < c.end) {
        const w = work[k]!;
        const last = work[chain.at(-1)!]!.chosen;
        if (last.pos === 'verb') break;
        if (isVerbal(w.chosen)) {
          chain.push(k++);
          continue;
        }
        if (w.chosen.pos === 'adv' || (w.chosen.pos === 'part' && w.chosen.kind === 'negation') || (chain.length === 1 && (w.chosen.pos === 'pron' || w.chosen.pos === 'propn') && isVerbal(work[k + 1]?.chosen))) {
          k++;
          continue;
        }
        break;
      }
      const infinitive = work[i - 1]?.chosen.kind === 'infinitive';
      // A past form right after a noun, with a finite verb still to come, is a reduced relative's participle
      // ("all certificates trusted by the system are used").
      const head = work[i]!;
      const before = work[i - 1];
      if (chain.length === 1 && head.chosen.pos === 'verb' && head.chosen.morph.tense === 'past' && before && (before.chosen.pos === 'noun' || before.raw.text === '(') && laterFinite(work, chain[0]! + 1, c.end)) {
        const participle = head.readings.find((x) => x.pos === 'verb' && x.morph.verbForm === 'ppast');
        if (participle) choose(head, participle);
      }
      let negated = clauseNegated;
      for (let j = chain[0]!; j <= chain.at(-1)! + (chain.length === 1 && work[chain[0]!]!.chosen.pos !== 'verb' ? 1 : 0); j++) if (work[j]?.chosen.negation === 'neg') negated = true;
      groups.push(group(work, chain, c, sentences, negated, infinitive));
      i = chain.at(-1)! + 1;
    }
  }
  return groups;
}

/** True when a modal, a finite auxiliary or a present-tense verb comes between `from` and `to`. */
function laterFinite(work: Work[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const r = work[k]!.chosen;
    if (r.pos === 'modal' || (r.pos === 'aux' && r.morph.verbForm === 'fin') || (r.pos === 'verb' && r.morph.verbForm === 'fin' && r.morph.tense === 'pres')) return true;
  }
  return false;
}

function group(work: Work[], chain: number[], c: Clause, sentences: { first: number; end: number }[], negated: boolean, infinitive: boolean): VerbGroup {
  const r = (i: number) => work[i]!.chosen;
  let main = chain.at(-1)!;
  const first = r(chain[0]!);
  // A base form opening a chain is finite (present or imperative) unless "to" stands before it.
  if (!infinitive && first.pos === 'verb' && first.morph.verbForm === 'inf') {
    const fin = work[chain[0]!]!.readings.find((x) => x.pos === 'verb' && x.morph.verbForm === 'fin');
    if (fin) choose(work[chain[0]!]!, fin);
  }
  const firstForm = r(chain[0]!).morph.verbForm;
  // No finite verb: an infinitive, or a participle standing alone ("Setting the variable …", "files stored there").
  const finite = infinitive || (first.pos === 'verb' && firstForm !== 'fin') ? undefined : chain[0]!;
  const lemmas = chain.map((i) => r(i).lemma);
  const forms = chain.map((i) => r(i).morph.verbForm);
  const mainR = r(main);
  let tense: Tense = finite === undefined ? 'none' : r(chain[0]!).morph.tense === 'past' ? 'past' : 'present';
  let modal: string | undefined;
  let progressive = false;
  let passive = false;
  const at = (k: number) => lemmas[k];
  let k = 0;
  if (first.pos === 'modal') {
    if ((first.lemma === 'will' || first.lemma === 'shall') && first.morph.tense === 'pres') tense = 'future';
    else if (first.lemma === 'would') tense = 'conditional';
    else modal = first.lemma;
    k = 1;
    if (at(k) === 'have' && forms[k + 1] === 'ppast') {
      tense = tense === 'future' ? 'future-perfect' : tense === 'conditional' ? 'conditional-perfect' : 'perfect';
      k++;
    }
  } else if (first.lemma === 'have' && chain.length > 1 && forms[1] === 'ppast') {
    tense = first.morph.tense === 'past' ? 'pluperfect' : 'perfect';
    k = 1;
  } else if (first.lemma === 'do' && chain.length > 1) k = 1;
  // What follows the tense-bearing part: "be" + -ing is progressive, "be"/"been"/"being" + participle passive.
  for (let j = Math.max(k, 0); j < chain.length - 1; j++) {
    if (at(j) !== 'be') continue;
    if (forms[j + 1] === 'ppres') progressive = true;
    if (forms[j + 1] === 'ppast') passive = true;
  }
  if (chain.length === 1 && mainR.pos === 'verb' && mainR.morph.verbForm === 'ppres') tense = 'none';
  if (mainR.pos !== 'verb') main = chain.at(-1)!;
  const sentence = sentences[c.sentence]!;
  let firstWord = sentence.first;
  // "Please" and adverbs ("Automatically create …", "Also note: …") may come before an imperative.
  while (firstWord < sentence.end && (work[firstWord]!.raw.kind === 'punct' || work[firstWord]!.raw.lower === 'please' || work[firstWord]!.chosen.pos === 'adv')) firstWord++;
  const lastPunct = work[sentence.end - 1]!.raw.text;
  const startsSentence = chain[0] === firstWord || (first.lemma === 'do' && chain[0] === firstWord && negated);
  const imperative =
    !infinitive && c.kind === 'main' && startsSentence && lastPunct !== '?' && (first.pos === 'verb' || (first.lemma === 'do' && chain.length > 1) || (first.lemma === 'be' && work[chain[0]!]!.raw.lower === 'be')) &&
    work[chain[0]!]!.readings.some((x) => (x.pos === 'verb' || x.pos === 'aux') && (x.morph.verbForm === 'inf' || (x.morph.tense === 'pres' && x.morph.person === undefined)));
  if (imperative) choose(work[chain[0]!]!, { ...first, morph: { verbForm: 'fin', mood: 'imp' } });
  const g: VerbGroup = {
    tokens: chain,
    main,
    lemma: r(main).lemma,
    tense: imperative ? 'present' : tense,
    progressive,
    passive,
    mood: imperative ? 'imp' : first.lemma === 'would' ? 'subj' : 'ind',
    imperative,
    negated,
    clause: c.index,
  };
  if (finite !== undefined) g.finite = finite;
  if (modal) g.modal = modal;
  const subject = work[chain[0]! - 1]?.chosen;
  const person = first.morph.person ?? (subject?.pos === 'pron' ? subject.morph.person : undefined);
  const number = first.morph.number ?? (subject?.pos === 'pron' ? subject.morph.number : undefined);
  if (person) g.person = person;
  if (number) g.number = number;
  return g;
}

// A capitalised word beside a name belongs to it ("European Central Bank", "Freiburg City Council").
const joinsName = (w: Work) => w.raw.kind === 'word' && isCapitalised(w.raw.text) && !w.raw.sentenceStart && (w.chosen.pos === 'noun' || w.chosen.pos === 'adj');

export function analyseEnglish(text: string): Analysis {
  return runAnalysis({ lang: 'en', readingsOf, tag, clauses, verbGroups, joinsName, closed: closedClass('en') }, text);
}
