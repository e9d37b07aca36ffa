/** English analysis: readings from WordNet (with morphy) and the closed-class table, chosen by context; clauses, verb groups, names. */
import { closedClass } from './closed';
import { choose, clausesFrom, entitiesOf, finish, firstOf, has, isWord, reading, sentencesOf, WordCache, type Work } from './common';
import { englishLexicon, type WeightedReading } from './english-lexicon';
import { isAllCaps, isCapitalised, tokenize } from './tokenize';
import type { Analysis, Clause, Reading, Tense, VerbGroup } from './types';

// Bounded per-word memo (see WordCache).
const words = new WordCache(100_000);

function readingsOf(lower: string): { readings: Reading[]; known: boolean } {
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
    if (raw.kind === 'punct') return;
    if (raw.kind === 'number') return choose(w, reading(raw.text, 'num'));
    const prev = work[i - 1];
    const next = work[i + 1];
    const chainPrev = prevInChain(work, i);
    const closed = closedOf(w);
    const initial = raw.sentenceStart || (prev !== undefined && prev.raw.kind === 'punct' && /^["“‘(:–—-]$/.test(prev.raw.text));
    const capital = isCapitalised(raw.text) && raw.lower !== 'i';
    // Names: capitalised mid-sentence and unknown (or known to WordNet only as a name); unknown at the start too.
    if (capital && (!initial || !w.known || englishLexicon().isName(raw.lower)) && (!w.known || englishLexicon().isName(raw.lower) || (!initial && !closed.length && !firstOf(w, 'noun') && !isAllCaps(raw.text)))) {
      return choose(w, reading(raw.text, 'propn'));
    }
    if (!w.known) return choose(w, reading(raw.lower, /ly$/.test(raw.lower) ? 'adv' : 'x'));
    if (closed.length > 0) {
      const nextWord = next?.raw.kind === 'word' ? next : undefined;
      if (raw.lower === 'to') return choose(w, closed.find((r) => r.pos === (nextWord && has(nextWord, 'verb') && !has(nextWord, 'det') && !isCapitalised(nextWord.raw.text) && !firstOf(nextWord, 'noun', 'adj')?.morph.number ? 'part' : 'adp')) ?? closed[0]);
      if (raw.lower === 'that') {
        if (chainPrev && (chainPrev.chosen.pos === 'noun' || chainPrev.chosen.pos === 'propn' || chainPrev.chosen.pos === 'pron')) return choose(w, reading('that', 'pron', {}, 'relative'));
        if (nextWord && has(nextWord, 'noun') && !has(nextWord, 'det', 'pron') && !SUBJECTS.has(nextWord.raw.lower)) return choose(w, closed.find((r) => r.pos === 'det'));
        return choose(w, closed.find((r) => r.pos === 'conj'));
      }
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
      if (participle) return choose(w, participle);
    }
    if (adv && /ly$/.test(raw.lower)) return choose(w, adv);
    // Before a finite verb or modal, a word that can be a noun is the subject ("Spending will rise").
    if (noun && next && (has(next, 'modal') || next.readings.some((r) => r.pos === 'aux' && r.morph.verbForm === 'fin')) && !(cp && cp.pos === 'pron' && SUBJECTS.has(chainPrev!.raw.lower))) return choose(w, noun);
    // In a noun phrase: an adjective before a noun, else the noun.
    if (prev && (NOMINAL_BEFORE.has(prev.chosen.pos) || (prev.chosen.pos === 'pron' && prev.chosen.morph.poss) || (prev.chosen.pos === 'adp' && prev.raw.lower !== 'to'))) {
      if (adj && next && has(next, 'noun') && !has(next, 'verb', 'adp')) return choose(w, adj);
      if (noun) return choose(w, noun);
      if (adj) return choose(w, adj);
    }
    // After a subject: a finite verb.
    if (verb && cp && (SUBJECTS.has(chainPrev!.raw.lower) || cp.pos === 'noun' || cp.pos === 'propn') && !(cp.pos === 'noun' && noun && raw.lower.endsWith('s') && !has(next, 'det', 'pron', 'adp'))) {
      const finite = w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'fin' && (cp.pos === 'pron' || r.morph.tense === 'past' || r.morph.person === 3 || (cp.morph.number ?? 'sing') === 'plur'));
      if (finite) return choose(w, finite);
    }
    // Sentence-initial base form before an object or adverbial: an imperative ("Keep the device away", "Check that …").
    if (verb && initial && w.readings.some((r) => r.pos === 'verb' && r.morph.verbForm === 'inf') && next && (has(next, 'det', 'adp', 'adv') || (has(next, 'pron') && !SUBJECTS.has(next.raw.lower)) || next.raw.lower === 'that')) {
      return choose(w, w.readings.find((r) => r.pos === 'verb' && r.morph.verbForm === 'fin' && r.morph.tense === 'pres') ?? verb);
    }
    return choose(w, w.readings[closed.length]);
  });
}

/** Clause openers: strong punctuation, a subordinator or relative pronoun, and a coordinator before a second finite verb. */
function clauses(work: Work[], sentences: { first: number; end: number }[]): Clause[] {
  const opens = new Set<number>();
  const kinds = new Map<number, Clause['kind']>();
  const finite = (k: number) => {
    const r = work[k]!.chosen;
    return r.pos === 'modal' || ((r.pos === 'verb' || r.pos === 'aux') && r.morph.verbForm === 'fin');
  };
  const finiteIn = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (finite(k)) return true;
    return false;
  };
  for (const s of sentences) {
    let clauseStart = s.first;
    for (let i = s.first + 1; i < s.end; i++) {
      const w = work[i]!;
      const prev = work[i - 1]!;
      const r = w.chosen;
      let open = false;
      if (r.pos === 'conj' && r.kind === 'subordinating') (open = true), kinds.set(i, 'subordinate');
      else if (r.pos === 'pron' && r.kind === 'relative' && i > clauseStart + 1) (open = true), kinds.set(i, 'relative');
      else if ([';', ':', '–', '—', '('].includes(prev.raw.text)) open = true;
      else if ((r.pos === 'conj' && r.kind === 'coordinating') || prev.raw.text === ',') {
        let end = i + 1;
        while (end < s.end && work[end]!.raw.text !== ',' && work[end]!.chosen.pos !== 'conj') end++;
        open = finiteIn(clauseStart, i) && finiteIn(i + 1, end);
      }
      if (open) {
        opens.add(i);
        clauseStart = i;
      }
    }
  }
  return clausesFrom(work, opens, kinds, sentences);
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
      let negated = clauseNegated;
      for (let j = chain[0]!; j <= chain.at(-1)! + (chain.length === 1 && work[chain[0]!]!.chosen.pos !== 'verb' ? 1 : 0); j++) if (work[j]?.chosen.negation === 'neg') negated = true;
      groups.push(group(work, chain, c, sentences, negated, infinitive));
      i = chain.at(-1)! + 1;
    }
  }
  return groups;
}

function group(work: Work[], chain: number[], c: Clause, sentences: { first: number; end: number }[], negated: boolean, infinitive: boolean): VerbGroup {
  const r = (i: number) => work[i]!.chosen;
  let main = chain.at(-1)!;
  const first = r(chain[0]!);
  // A chain's first word is finite unless "to" stands before it; a past form after an auxiliary is its participle.
  if (!infinitive && first.pos === 'verb' && first.morph.verbForm !== 'fin') {
    const fin = work[chain[0]!]!.readings.find((x) => x.pos === 'verb' && x.morph.verbForm === 'fin');
    if (fin) choose(work[chain[0]!]!, fin);
  }
  const finite = infinitive ? undefined : chain[0]!;
  const lemmas = chain.map((i) => r(i).lemma);
  const forms = chain.map((i) => r(i).morph.verbForm);
  const mainR = r(main);
  let tense: Tense = infinitive ? 'none' : r(chain[0]!).morph.tense === 'past' ? 'past' : 'present';
  let modal: string | undefined;
  let progressive = false;
  let passive = false;
  const at = (k: number) => lemmas[k];
  let k = 0;
  if (first.pos === 'modal') {
    if (first.lemma === 'will' || first.lemma === 'shall') tense = 'future';
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
  while (firstWord < sentence.end && (work[firstWord]!.raw.kind === 'punct' || work[firstWord]!.raw.lower === 'please')) firstWord++;
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

export function analyseEnglish(text: string): Analysis {
  const work: Work[] = tokenize(text, 'en').map((raw) => {
    const { readings, known } = raw.kind === 'word' ? readingsOf(raw.lower) : { readings: [], known: raw.kind === 'number' };
    return { raw, readings, known, chosen: reading(raw.text, raw.kind === 'punct' ? 'punct' : 'x'), clause: 0 };
  });
  tag(work);
  const sentences = sentencesOf(work);
  const clauseList = clauses(work, sentences);
  const groups = verbGroups(work, clauseList, sentences);
  const analysis = finish('en', text, work, clauseList, groups, sentences, closedClass('en').lexicalNegators);
  // A capitalised word beside a name belongs to it ("European Central Bank", "Freiburg City Council").
  analysis.entities = entitiesOf(text, work, (w) => w.raw.kind === 'word' && isCapitalised(w.raw.text) && !w.raw.sentenceStart && (w.chosen.pos === 'noun' || w.chosen.pos === 'adj'));
  return analysis;
}
