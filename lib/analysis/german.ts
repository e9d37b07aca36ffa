/** German analysis: readings from the full-form lexicon and the closed-class table, chosen by context; clauses, verb groups, names. */
import { closedClass } from './closed';
import { choose, clausesFrom, entitiesOf, finish, firstOf, has, isWord, reading, sentencesOf, WordCache, type Work } from './common';
import { englishLexicon } from './english-lexicon';
import { germanLexicon } from './german-lexicon';
import { isAllCaps, isCapitalised, tokenize } from './tokenize';
import type { Analysis, Clause, Morph, Reading, Tense, VerbGroup } from './types';

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
const COMPARATIVE = ['er', 'ere', 'eren', 'erem', 'erer', 'eres'];
const SUPERLATIVE = ['st', 'ste', 'sten', 'stem', 'ster', 'stes', 'est', 'este', 'esten', 'estem', 'ester', 'estes'];
const ADJ_ENDINGS = ['e', 'en', 'em', 'er', 'es'];
const MIN_COMPOUND_PART = 3;

function unumlaut(word: string): string | undefined {
  const at = Math.max(word.lastIndexOf('ä'), word.lastIndexOf('ö'), word.lastIndexOf('ü'));
  return at < 0 ? undefined : word.slice(0, at) + (UMLAUT[word[at]!] ?? '') + word.slice(at + 1);
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/** True when `part` can open a compound: a known word, with or without a linking element ("Haushalt|s", "Jahrhundert|e"), or itself a compound. */
function isStem(part: string, depth: number): boolean {
  const lex = germanLexicon();
  for (const link of LINKS) {
    if (!part.endsWith(link) || part.length - link.length < MIN_COMPOUND_PART) continue;
    const stem = part.slice(0, part.length - link.length);
    if (lex.lookup(stem) !== undefined || lex.lookup(`${stem}en`)?.some((r) => r.pos === 'verb') || closedClass('de').readings.has(stem)) return true;
  }
  if (depth === 0) return false;
  for (let i = MIN_COMPOUND_PART; i <= part.length - MIN_COMPOUND_PART; i++) if (lex.lookup(part.slice(i)) !== undefined && isStem(part.slice(0, i), depth - 1)) return true;
  return false;
}

/** Readings the lexicon lacks as full forms: compared adjectives, inflected participles, compounds. */
function derived(lower: string): Reading[] {
  const lex = germanLexicon();
  const adjectiveStem = (stem: string) => [stem, unumlaut(stem)].flatMap((s) => (s ? (lex.lookup(s) ?? []).filter((r) => r.pos === 'adj' && r.lemma === s) : []));
  for (const [endings, degree] of [[SUPERLATIVE, 'sup'], [COMPARATIVE, 'comp']] as const) {
    for (const ending of endings) {
      if (!lower.endsWith(ending) || lower.length - ending.length < MIN_COMPOUND_PART) continue;
      const found = adjectiveStem(lower.slice(0, -ending.length));
      if (found.length > 0) return found.map((r) => reading(r.lemma, 'adj', { degree }));
    }
  }
  for (const ending of ADJ_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const participle = (lex.lookup(lower.slice(0, -ending.length)) ?? []).filter((r) => r.pos === 'verb' && (r.morph.verbForm === 'ppast' || r.morph.verbForm === 'ppres'));
    if (participle.length > 0) return participle.map((r) => reading(r.lemma, 'adj', { degree: 'pos', verbForm: r.morph.verbForm! }));
  }
  // A compound is read by its longest known last part ("Haushalts|entwurf", "jahrhunderte|alt"); hyphens split first.
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0) {
    const head = lower.slice(hyphen + 1);
    const parts = lex.lookup(head) ?? (head.length > 0 ? derived(head) : []);
    return parts.map((r) => ({ ...r, lemma: r.pos === 'noun' ? capitalise(lower.slice(0, hyphen + 1)) + r.lemma : lower.slice(0, hyphen + 1) + r.lemma }));
  }
  for (let i = MIN_COMPOUND_PART; i <= lower.length - MIN_COMPOUND_PART; i++) {
    const head = (lex.lookup(lower.slice(i)) ?? []).filter((r) => r.pos === 'noun' || r.pos === 'adj');
    if (head.length > 0 && isStem(lower.slice(0, i), 1)) {
      const prefix = lower.slice(0, i);
      return head.map((r) => ({ ...r, lemma: r.pos === 'noun' ? capitalise(prefix) + r.lemma.toLowerCase() : prefix + r.lemma }));
    }
  }
  return [];
}

// Bounded per-word memo (see WordCache): analyses of new text mostly meet words seen before.
const words = new WordCache(100_000);

function readingsOf(lower: string): { readings: Reading[]; known: boolean } {
  return words.get(lower, () => {
    const closed = closedClass('de').readings.get(lower) ?? [];
    // A word WordNet knows only as a name ("Freiburg") is not read as a compound ("frei|burg").
    const lexical = germanLexicon().lookup(lower) ?? (englishLexicon().isName(lower) ? [] : derived(lower));
    const aux = closedClass('de').auxiliaries;
    const modals = closedClass('de').modals;
    const open = lexical.map((r) => (r.pos === 'verb' && aux.has(r.lemma) ? { ...r, pos: 'aux' as const } : r.pos === 'verb' && modals.has(r.lemma) ? { ...r, pos: 'modal' as const } : r));
    return { readings: [...closed, ...open], known: closed.length + open.length > 0 };
  });
}

const isFinite = (r: Reading) => r.morph.verbForm === 'fin';
const VERBAL = ['verb', 'aux', 'modal'] as const;

/** Picks each token's reading from its own readings and its neighbours'. */
function tag(work: Work[]): void {
  work.forEach((w, i) => {
    const { raw } = w;
    if (raw.kind === 'punct') return;
    if (raw.kind === 'number') return choose(w, reading(raw.text, 'num'));
    const prev = work[i - 1];
    const next = work[i + 1];
    const initial = raw.sentenceStart || (prev !== undefined && prev.raw.kind === 'punct' && /^[„"“‚(:–—-]$/.test(prev.raw.text));
    const closed = closedClass('de').readings.get(raw.lower) ?? [];
    if (isCapitalised(raw.text) && !initial && !isAllCaps(raw.text)) {
      // Mid-sentence capitals: a noun, the formal "Sie", a name, or a nominalised verb or adjective ("das Gute").
      if (['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'].includes(raw.lower)) {
        const base = closed.find((r) => r.pos === 'pron' || r.pos === 'det')!;
        const { gender: _g, number: _n, ...morph } = base.morph;
        return choose(w, { ...base, morph: { ...morph, person: 2 }, kind: 'formal' });
      }
      const noun = firstOf(w, 'noun');
      if (noun) return choose(w, noun);
      // A capitalised adjective before a noun is part of a name ("Deutsche Bank", "Europäische Union").
      if (w.known && !(has(w, 'adj') && has(next, 'noun') && isCapitalised(next!.raw.text))) {
        const other = w.readings.find((r) => r.pos === 'verb' || r.pos === 'adj' || r.pos === 'aux' || r.pos === 'modal');
        if (other) return choose(w, reading(raw.text, 'noun', { gender: 'neut', number: 'sing' }));
      }
      if (closed.length > 0) return choose(w, closed[0]);
      return choose(w, reading(raw.text, 'propn'));
    }
    if (!w.known) return choose(w, reading(isCapitalised(raw.text) ? raw.text : raw.lower, isCapitalised(raw.text) ? 'propn' : /(weise|mals|wärts)$/.test(raw.lower) ? 'adv' : 'x'));
    if (raw.lower === 'zu') return choose(w, w.readings.find((r) => r.pos === (has(next, ...VERBAL) && next?.raw.kind === 'word' && !isCapitalised(next.raw.text) ? 'part' : 'adp')));
    if (closed.length > 0 && !(initial && has(w, ...VERBAL) && nextIsSubject(next))) {
      // "die", "das", "der" after a comma open a relative clause.
      const det = closed.find((r) => r.pos === 'det' && r.kind === 'definite');
      const attributive = next !== undefined && (isCapitalised(next.raw.text) || (has(next, 'adj') && !has(next, 'det', 'pron', ...VERBAL)));
      if (det && prev?.raw.text === ',' && !attributive) return choose(w, { ...det, pos: 'pron', kind: 'relative' });
      if (closed[0]!.pos === 'det' && !has(next, 'noun', 'adj', 'propn', 'num', 'adv') && isWord(next) && closed.some((r) => r.pos === 'pron')) return choose(w, closed.find((r) => r.pos === 'pron'));
      return choose(w, closed[0]);
    }
    const verbal = w.readings.filter((r) => (VERBAL as readonly string[]).includes(r.pos));
    const adjective = firstOf(w, 'adj');
    const noun = firstOf(w, 'noun');
    if (initial && isCapitalised(raw.text)) {
      // Sentence-initial: a verb when a subject pronoun follows ("Bewahren Sie …", "Haben Sie …?"), else a noun before a verb or adjective.
      if (verbal.length > 0 && nextIsSubject(next)) return choose(w, verbal.find(isFinite) ?? verbal[0]);
      if (noun && !(closed.length > 0)) return choose(w, noun);
    }
    // A participle is a verb unless it stands before a noun ("die angekündigte Reform").
    if (adjective && (verbal.length === 0 || (next !== undefined && ((isCapitalised(next.raw.text) && has(next, 'noun')) || (!isCapitalised(next.raw.text) && has(next, 'adj') && !has(next, ...VERBAL)))))) return choose(w, adjective);
    if (verbal.length > 0) return choose(w, verbal.find(isFinite) ?? verbal[0]);
    return choose(w, adjective ?? noun ?? w.readings[0]);
  });
}

function nextIsSubject(next: Work | undefined): boolean {
  return next !== undefined && ['sie', 'wir', 'du', 'ihr', 'ich', 'er', 'es', 'man'].includes(next.raw.lower);
}

/** Clause openers: strong punctuation, a subordinating conjunction or relative pronoun, and a coordinator or comma before a second finite verb. */
function clauses(work: Work[], sentences: { first: number; end: number }[]): Clause[] {
  const opens = new Set<number>();
  const kinds = new Map<number, Clause['kind']>();
  const finiteAt = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (work[k]!.readings.some((r) => isFinite(r) && (VERBAL as readonly string[]).includes(r.pos)) && work[k]!.chosen.pos !== 'noun' && work[k]!.chosen.pos !== 'adj' && work[k]!.chosen.pos !== 'propn') return true;
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
      else if (r.pos === 'pron' && r.kind === 'relative' && prev.raw.text === ',') (open = true), kinds.set(i, 'relative');
      else if (prev.raw.text === ';' || prev.raw.text === ':' || prev.raw.text === '–' || prev.raw.text === '—' || prev.raw.text === '(') open = true;
      else if ((r.pos === 'conj' && r.kind === 'coordinating') || prev.raw.text === ',') {
        let end = i + 1;
        while (end < s.end && work[end]!.raw.text !== ',' && !(work[end]!.chosen.pos === 'conj')) end++;
        open = finiteAt(clauseStart, i) && finiteAt(i + 1, end);
        if (!open && prev.raw.text === ',' && w.raw.lower === 'um') (open = true), kinds.set(i, 'infinitive');
      }
      if (open) {
        // The comma before the opener closes the clause before it.
        opens.add(i);
        clauseStart = i;
      }
    }
  }
  return clausesFrom(work, opens, kinds, sentences);
}

const TENSE_OF = (r: Reading): Tense => (r.morph.mood === 'subj' && r.morph.tense === 'past' ? 'conditional' : r.morph.tense === 'past' ? 'past' : 'present');

function setForm(w: Work, forms: Morph['verbForm'][]): void {
  for (const f of forms) {
    const r = w.readings.find((x) => x.pos === w.chosen.pos && x.morph.verbForm === f) ?? w.readings.find((x) => (VERBAL as readonly string[]).includes(x.pos) && x.morph.verbForm === f);
    if (r) return choose(w, r);
  }
}

/** The verb group of each clause: its finite verb, non-finite verbs, separable particle; tense, voice, mood, negation. */
function verbGroups(work: Work[], clauseList: Clause[], sentences: { first: number; end: number }[]): VerbGroup[] {
  const { separableParticles } = closedClass('de');
  const groups: VerbGroup[] = [];
  for (const c of clauseList) {
    const verbs: number[] = [];
    for (let i = c.first; i < c.end; i++) if ((VERBAL as readonly string[]).includes(work[i]!.chosen.pos)) verbs.push(i);
    // A separable particle ends its clause: the last word, before punctuation ("kündigte … an.").
    let lastWord = c.end - 1;
    while (lastWord > c.first && work[lastWord]!.raw.kind === 'punct') lastWord--;
    const tail = work[lastWord]!;
    const finiteCandidates = verbs.filter((i) => work[i]!.readings.some((r) => isFinite(r) && r.pos === work[i]!.chosen.pos));
    const sub = c.kind !== 'main';
    const zuInf = verbs.some((i) => work[i - 1]?.raw.lower === 'zu' || work[i]!.chosen.morph.verbForm === 'zuinf');
    const finite = c.kind === 'infinitive' || (zuInf && finiteCandidates.length === 0) ? undefined : sub ? finiteCandidates.at(-1) : finiteCandidates[0];
    if (finite === undefined && verbs.length === 0) continue;
    const f = finite === undefined ? undefined : work[finite]!;
    if (f) setForm(f, ['fin']);
    for (const i of verbs) if (i !== finite) setForm(work[i]!, work[i - 1]?.raw.lower === 'zu' ? ['inf'] : ['ppast', 'inf', 'zuinf', 'ppres']);
    let particle: number | undefined;
    if (f && lastWord > finite! && separableParticles.has(tail.raw.lower) && tail.raw.kind === 'word' && !isCapitalised(tail.raw.text)) {
      const whole = tail.raw.lower + f.chosen.lemma;
      if (germanLexicon().lookup(whole)?.some((r) => r.lemma === whole && r.pos === 'verb')) {
        particle = lastWord;
        choose(tail, reading(tail.raw.lower, 'part', {}, 'separable'));
        choose(f, { ...f.chosen, lemma: whole, pos: 'verb' });
      }
    }
    const nonFinite = verbs.filter((i) => i !== finite);
    const forms = nonFinite.map((i) => work[i]!.chosen);
    const lexical = nonFinite.find((i) => work[i]!.chosen.pos === 'verb') ?? nonFinite[0];
    const main = lexical ?? finite!;
    const fr = f?.chosen;
    const hasPpast = (lemma?: string) => forms.some((r) => r.morph.verbForm === 'ppast' && (lemma === undefined ? r.lemma !== 'werden' : r.lemma === lemma));
    const hasInf = (lemma?: string) => forms.some((r) => r.morph.verbForm === 'inf' && (lemma === undefined || r.lemma === lemma));
    let tense: Tense = fr ? TENSE_OF(fr) : 'none';
    let passive = false;
    let modal: string | undefined;
    if (fr?.lemma === 'werden' && (hasInf() || hasPpast())) {
      if (hasPpast() && (hasInf('haben') || hasInf('sein'))) tense = 'future-perfect';
      else if (hasPpast() && hasInf('werden')) (tense = 'future'), (passive = true);
      else if (hasPpast() && !hasInf()) passive = true;
      else tense = fr.morph.mood === 'subj' ? 'conditional' : 'future';
    } else if ((fr?.lemma === 'haben' || fr?.lemma === 'sein') && (hasPpast() || hasPpast('werden'))) {
      tense = fr.morph.mood === 'subj' && fr.morph.tense === 'past' ? 'conditional-perfect' : fr.morph.tense === 'past' ? 'pluperfect' : 'perfect';
      passive = hasPpast('werden');
    } else if (fr?.pos === 'modal') {
      modal = fr.lemma;
      passive = hasInf('werden') && hasPpast();
      if (hasPpast() && (hasInf('haben') || hasInf('sein'))) tense = 'perfect';
    }
    const sentence = sentences[c.sentence]!;
    const lastPunct = work[sentence.end - 1]!.raw.text;
    let firstWord = sentence.first;
    while (firstWord < sentence.end && (work[firstWord]!.raw.kind === 'punct' || work[firstWord]!.raw.lower === 'bitte')) firstWord++;
    const imperative =
      c.kind === 'main' && finite !== undefined && finite === firstWord && lastPunct !== '?' &&
      (f!.readings.some((r) => r.morph.mood === 'imp') || (work[finite + 1]?.raw.text === 'Sie' && f!.readings.some((r) => r.morph.verbForm === 'inf')));
    if (imperative) choose(f!, { ...f!.chosen, morph: { ...f!.chosen.morph, mood: 'imp', tense: undefined, person: work[finite + 1]?.raw.text === 'Sie' ? 2 : f!.chosen.morph.person } });
    let negated = false;
    for (let i = c.first; i < c.end; i++) if (work[i]!.chosen.negation === 'neg') negated = true;
    const tokens = [...(finite === undefined ? [] : [finite]), ...nonFinite, ...(particle === undefined ? [] : [particle])].sort((a, b) => a - b);
    const group: VerbGroup = {
      tokens,
      main,
      lemma: main === finite ? f!.chosen.lemma : work[main]!.chosen.lemma,
      tense,
      progressive: false,
      passive,
      mood: imperative ? 'imp' : (fr?.morph.mood ?? 'ind'),
      imperative,
      negated,
      clause: c.index,
    };
    if (finite !== undefined) group.finite = finite;
    if (particle !== undefined) group.particle = particle;
    if (modal) group.modal = modal;
    if (fr?.morph.person) group.person = imperative && work[finite! + 1]?.raw.text === 'Sie' ? 2 : fr.morph.person;
    if (fr?.morph.number) group.number = fr.morph.number;
    groups.push(group);
  }
  return groups;
}

export function analyseGerman(text: string): Analysis {
  const work: Work[] = tokenize(text, 'de').map((raw) => {
    const { readings, known } = raw.kind === 'word' ? readingsOf(raw.lower) : { readings: [], known: raw.kind === 'number' };
    return { raw, readings, known, chosen: reading(raw.text, raw.kind === 'punct' ? 'punct' : 'x'), clause: 0 };
  });
  tag(work);
  const sentences = sentencesOf(work);
  const clauseList = clauses(work, sentences);
  const groups = verbGroups(work, clauseList, sentences);
  const analysis = finish('de', text, work, clauseList, groups, sentences, closedClass('de').lexicalNegators);
  analysis.entities = entitiesOf(text, work, () => false);
  return analysis;
}
