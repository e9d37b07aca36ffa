/** German analysis: readings from the full-form lexicon and the closed-class table, chosen by context; clauses, verb groups, names. */
import { closedClass } from './closed';
import { choose, firstOf, has, isWord, reading, runAnalysis, splitClauses, WordCache, type Work } from './common';
import { englishLexicon } from './english-lexicon';
import { germanLexicon } from './german-lexicon';
import { isAllCaps, isCapitalised } from './tokenize';
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
    // An English word opens compounds too ("Server|zertifikat").
    if (lex.lookup(stem) !== undefined || lex.lookup(`${stem}en`)?.some((r) => r.pos === 'verb') || closedClass('de').readings.has(stem) || (link === '' && stem.length > 3 && englishLexicon().has(stem) && !englishLexicon().isName(stem))) return true;
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
  // The genitive in -es the lexicon lists only in -s ("des Paketes" beside "des Pakets").
  if (lower.endsWith('es')) {
    const noun = (lex.lookup(lower.slice(0, -2)) ?? []).filter((r) => r.pos === 'noun' && r.morph.number === 'sing' && r.morph.gender !== 'fem');
    if (noun.length > 0) return noun.map((r) => ({ ...r, morph: { ...r.morph, case: ['gen'] } }));
  }
  // A separable verb's participle or infinitive the lexicon lacks: "zusammen|getan" → "zusammentun".
  for (const particle of closedClass('de').separableParticles) {
    if (!lower.startsWith(particle) || lower.length - particle.length < 4) continue;
    const verbal = (lex.lookup(lower.slice(particle.length)) ?? []).filter((r) => r.pos === 'verb' && r.morph.verbForm !== 'fin');
    if (verbal.length > 0) return verbal.map((r) => ({ ...r, lemma: particle + r.lemma }));
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

/** Readings guessed from the ending alone, for verbs and adjectives the lexicon lacks ("wackeln", "ertönen", "zweisprachig"). */
function guessed(lower: string): Reading[] {
  if (/(ion|ung|heit|keit|schaft|tät|ismus|enz|anz|ment|tur|ik|nis|tum)(en|e|n|s)?$/.test(lower) && lower.length > 5) return [reading(capitalise(lower.replace(/(?<=(ion|ung|heit|keit|schaft|tät|enz|anz|ur|ik))en$|(?<=(ment|ismus|tum|nis))s$/, '')), 'noun', {})];
  const adjective = /(ig|lich|isch|bar|sam|haft|los|voll|reich|frei)(e|en|em|er|es)?$/.exec(lower);
  if (adjective && lower.length > adjective[0].length + 2) return [reading(lower.slice(0, lower.length - (adjective[2]?.length ?? 0)), 'adj', { degree: 'pos' })];
  // "-iert" is the participle and the third person of a verb in -ieren ("deaktiviert").
  if (/iert$/.test(lower)) return [reading(lower.replace(/t$/, 'en'), 'verb', { verbForm: 'ppast' }), reading(lower.replace(/t$/, 'en'), 'verb', { verbForm: 'fin', tense: 'pres', mood: 'ind', person: 3, number: 'sing' })];
  if (/^(ge|[a-zäöü]{2,6}ge)[a-zäöü]{3,}(t|en)$/.test(lower) && lower.length > 6) return [reading(lower, 'verb', { verbForm: 'ppast' })];
  if (/[^e](e[lr]n|en)$/.test(lower) && lower.length > 5) return [reading(lower, 'verb', { verbForm: 'inf' }), reading(lower, 'verb', { verbForm: 'fin', tense: 'pres', person: 3, number: 'plur' })];
  return [];
}

/**
 * The lexicon lists some verb forms only in the spelling before 1996, with ß after a short vowel ("muß", "läßt",
 * "paßt") where today's spelling has ss at the word's end or before a consonant ("muss", "lässt", "passt").
 */
function oldSpelling(lower: string): Reading[] | undefined {
  if (!lower.includes('ss')) return undefined;
  const old = lower.replace(/ss(?=$|[^aeiouäöüy])/gu, 'ß');
  return old === lower ? undefined : germanLexicon().lookup(old);
}

// Bounded per-word memo (see WordCache): analyses of new text mostly meet words seen before.
const words = new WordCache(100_000);

export function readingsOf(lower: string): { readings: Reading[]; known: boolean } {
  return words.get(lower, () => {
    const closed = closedClass('de').readings.get(lower) ?? [];
    // A word WordNet knows only as a name ("Freiburg") is not read as a compound ("frei|burg").
    const found = germanLexicon().lookup(lower) ?? oldSpelling(lower) ?? (englishLexicon().isName(lower) ? [] : derived(lower));
    // Guesses from the ending serve the tagger but leave the word unknown.
    // The reading whose lemma is the form itself comes first ("Marke" before "Mark", whose plural it also is).
    const lexical = (found.length > 0 ? found : guessed(lower)).sort((a, b) => Number(b.lemma.toLowerCase() === lower) - Number(a.lemma.toLowerCase() === lower));
    const aux = closedClass('de').auxiliaries;
    const modals = closedClass('de').modals;
    const open = lexical.map((r) => (r.pos === 'verb' && aux.has(r.lemma) ? { ...r, pos: 'aux' as const } : r.pos === 'verb' && modals.has(r.lemma) ? { ...r, pos: 'modal' as const } : r));
    return { readings: [...closed, ...open], known: closed.length + found.length > 0 };
  });
}

const isFinite = (r: Reading) => r.morph.verbForm === 'fin';
const VERBAL = ['verb', 'aux', 'modal'] as const;

/** Picks each token's reading from its own readings and its neighbours'. */
function tag(work: Work[]): void {
  work.forEach((w, i) => {
    const { raw } = w;
    if (raw.kind !== 'word' || w.fixed) return;
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
      // A function word written with a capital ("mit Im Rahmen") stays a function word.
      if (closed.length > 0 && closed[0]!.pos !== 'num') return choose(w, closed[0]);
      const noun = firstOf(w, 'noun');
      if (noun) return choose(w, noun);
      // A capitalised adjective before a noun is part of a name ("Deutsche Bank", "Europäische Union").
      if (w.known && !(has(w, 'adj') && has(next, 'noun') && isCapitalised(next!.raw.text))) {
        const other = w.readings.find((r) => r.pos === 'verb' || r.pos === 'adj' || r.pos === 'aux' || r.pos === 'modal');
        if (other) return choose(w, reading(raw.text, 'noun', { gender: 'neut', number: 'sing' }));
      }
      if (closed.length > 0) return choose(w, closed[0]);
      // An English common noun in German text is a loanword ("Soundtrack"), not a name.
      const english = englishLexicon();
      if (!w.known && !english.hasNameSense(raw.lower) && english.lookup(raw.lower).sort((a, b) => b.weight - a.weight)[0]?.pos === 'noun') return choose(w, reading(raw.text, 'noun', {}, 'loanword'));
      return choose(w, reading(raw.text, 'propn'));
    }
    if (w.readings.length === 0) return choose(w, reading(isCapitalised(raw.text) ? raw.text : raw.lower, isCapitalised(raw.text) ? 'propn' : /(weise|mals|wärts)$/.test(raw.lower) ? 'adv' : 'x'));
    if (raw.lower === 'zu') return choose(w, w.readings.find((r) => r.pos === (has(next, ...VERBAL) && next?.raw.kind === 'word' && !isCapitalised(next.raw.text) ? 'part' : 'adp')));
    // A preposition or adverb that is also a subordinator ("während", "seit", "da", "wie") opens a clause when a finite verb ends the stretch.
    if (closed.some((r) => r.pos === 'conj') && closed.some((r) => r.pos === 'adp' || r.pos === 'adv')) {
      let k = i + 1;
      // The stretch ends at a comma, at the sentence's end, or between two finite verbs ("… gerichtet hat ist …").
      const finiteOnly = (x: Work | undefined) => x !== undefined && x.readings.some((r) => isFinite(r) && (VERBAL as readonly string[]).includes(r.pos)) && x.readings.every((r) => !(VERBAL as readonly string[]).includes(r.pos) || isFinite(r));
      while (k < work.length && work[k]!.raw.text !== ',' && !/^[.!?;:]$/.test(work[k]!.raw.text) && !(finiteOnly(work[k - 1]) && finiteOnly(work[k]) && k - 1 > i)) k++;
      const last = work[k - 1];
      const clauseFinal = k - 1 > i + 1 && last !== undefined && last.readings.some((r) => (VERBAL as readonly string[]).includes(r.pos) && isFinite(r)) && !isCapitalised(last.raw.text);
      return choose(w, clauseFinal ? closed.find((r) => r.pos === 'conj') : closed.find((r) => r.pos === 'adp' || r.pos === 'adv'));
    }
    if (closed.length > 0 && !(initial && has(w, ...VERBAL) && nextIsSubject(next))) {
      // "die", "das", "der" after a comma open a relative clause.
      const det = closed.find((r) => r.pos === 'det' && r.kind === 'definite');
      const attributive = next !== undefined && (isCapitalised(next.raw.text) || (has(next, 'adj') && !has(next, 'det', 'pron', ...VERBAL)));
      if (det && (prev?.raw.text === ',' || prev?.raw.text === '(') && !attributive) return choose(w, { ...det, pos: 'pron', kind: 'relative' });
      if (closed[0]!.pos === 'det' && !has(next, 'noun', 'adj', 'propn', 'num', 'adv') && isWord(next) && closed.some((r) => r.pos === 'pron')) return choose(w, closed.find((r) => r.pos === 'pron'));
      // "sein" as a verb: a possessive needs its noun ("wird erhältlich sein.", "sein Buch").
      const verbalReading = w.readings.find((r) => (VERBAL as readonly string[]).includes(r.pos));
      const following = nextWordAfter(work, i);
      if (closed[0]!.pos === 'det' && verbalReading && (following === undefined || (has(following, 'conj') && !has(following, 'det', 'adj', 'noun')))) return choose(w, verbalReading);
      return choose(w, closed[0]);
    }
    // A lowercase word the lexicon knows only as a noun is mostly an inflected adjective ("dramatischsten" beside "das Dramatischste").
    if (!isCapitalised(raw.text) && w.readings.every((r) => r.pos === 'noun')) {
      const other = derived(raw.lower).filter((r) => r.pos !== 'noun');
      if (other.length > 0) w.readings = [...other, ...w.readings];
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

/** The next word after token `i`, past quotes and brackets ("eine „lange“ Kampagne"); undefined at other punctuation. */
function nextWordAfter(work: Work[], i: number): Work | undefined {
  for (let k = i + 1; k < work.length; k++) {
    const w = work[k]!;
    if (w.raw.kind !== 'punct') return w;
    if (!/^["„“”‚‘’'«»‹›()[\]]$/.test(w.raw.text)) return undefined;
  }
  return undefined;
}

function nextIsSubject(next: Work | undefined): boolean {
  return next !== undefined && ['sie', 'wir', 'du', 'ihr', 'ich', 'er', 'es', 'man'].includes(next.raw.lower);
}

/** A "zu" before a verb between `from` and `to` ("um es zu öffnen"), or a zu-infinitive ("anzukündigen"). */
function zuBefore(work: Work[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((work[k]!.raw.lower === 'zu' && has(work[k + 1], ...VERBAL)) || work[k]!.readings.some((r) => r.morph.verbForm === 'zuinf')) return true;
  return false;
}

const isVerbalFinite = (w: Work | undefined) => w !== undefined && (VERBAL as readonly string[]).includes(w.chosen.pos) && w.readings.some((r) => isFinite(r) && r.pos === w.chosen.pos);
const onlyFinite = (w: Work) => (VERBAL as readonly string[]).includes(w.chosen.pos) && w.readings.every((r) => !(VERBAL as readonly string[]).includes(r.pos) || isFinite(r));

/** German clause openers beyond the shared ones: a relative pronoun after a comma, two finite verbs in a row, a comma after a verb-final clause, a coordinator or comma before a second finite verb, an infinitive clause. */
function clauses(work: Work[], sentences: { first: number; end: number }[]): Clause[] {
  const finiteAt = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (work[k]!.readings.some((r) => isFinite(r) && (VERBAL as readonly string[]).includes(r.pos)) && work[k]!.chosen.pos !== 'noun' && work[k]!.chosen.pos !== 'adj' && work[k]!.chosen.pos !== 'propn') return true;
    return false;
  };
  return splitClauses(work, sentences, (i, clauseStart, current) => {
    const w = work[i]!;
    const prev = work[i - 1]!;
    const r = w.chosen;
    if (r.pos === 'pron' && r.kind === 'relative' && (prev.raw.text === ',' || prev.raw.text === '(')) return 'relative';
    // Two finite verbs in a row end one clause and start the next, comma or not ("…, die er gebaut hat(,) ist …").
    if (onlyFinite(prev) && onlyFinite(w)) return 'main';
    // A subordinate clause ends at the comma after its final verb; what follows continues the clause before it.
    if (prev.raw.text === ',' && current !== 'main' && isVerbalFinite(work[i - 2])) return 'main';
    if (!((r.pos === 'conj' && r.kind === 'coordinating') || prev.raw.text === ',')) return undefined;
    let end = i + 1;
    while (end < work.length && work[end]!.raw.text !== ',' && !/^[.!?]$/.test(work[end]!.raw.text) && work[end]!.chosen.pos !== 'conj') end++;
    if (prev.raw.text === ',' && closedClass('de').infinitiveOpeners.has(w.raw.lower) && zuBefore(work, i, end)) return 'infinitive';
    return finiteAt(clauseStart, i) && finiteAt(prev.raw.text === ',' ? i : i + 1, end) ? 'main' : undefined;
  });
}

const TENSE_OF = (r: Reading): Tense => (r.morph.mood === 'subj' && r.morph.tense === 'past' ? 'conditional' : r.morph.tense === 'past' ? 'past' : 'present');

function setForm(w: Work, forms: Morph['verbForm'][]): void {
  for (const f of forms) {
    const r = w.readings.find((x) => x.pos === w.chosen.pos && x.morph.verbForm === f) ?? w.readings.find((x) => (VERBAL as readonly string[]).includes(x.pos) && x.morph.verbForm === f);
    if (r) return choose(w, r);
  }
}

/** True for a verb that makes its perfect with "sein", its separable or inseparable prefix aside ("an|kommen", "ver|schwinden"). */
function takesSein(lemma: string): boolean {
  const list = closedClass('de').seinPerfect;
  for (let i = 0; i <= lemma.length - 4; i++) if (list.has(lemma.slice(i))) return true;
  return false;
}

function verbalIn(work: Work[], c: Clause): number[] {
  const out: number[] = [];
  for (let i = c.first; i < c.end; i++) if ((VERBAL as readonly string[]).includes(work[i]!.chosen.pos)) out.push(i);
  return out;
}

/**
 * Main clauses interrupted by a relative or subordinate clause (or a bracket) and continued after it: the first part
 * holds only the finite verb, the continuation its participles, infinitives or particle ("Standardmäßig werden alle
 * Zertifikate, denen das System vertraut, für die Prüfung benutzt."). Keyed by the first part's index.
 */
function continuations(work: Work[], clauseList: Clause[]): Map<number, Clause> {
  const { separableParticles } = closedClass('de');
  const out = new Map<number, Clause>();
  const opensBracket = (c: Clause) => work[c.first - 1]?.raw.text === '(';
  for (let k = 0; k < clauseList.length; k++) {
    const a = clauseList[k]!;
    const av = verbalIn(work, a);
    if (a.kind !== 'main' || av.length !== 1) continue;
    let j = k + 1;
    while (j < clauseList.length && clauseList[j]!.sentence === a.sentence && (clauseList[j]!.kind !== 'main' || opensBracket(clauseList[j]!))) j++;
    const b = clauseList[j];
    if (j === k + 1 || b === undefined || b.sentence !== a.sentence || b.kind !== 'main') continue;
    const bv = verbalIn(work, b);
    const nonFinite = bv.length > 0 && bv.every((i) => work[i]!.readings.some((r) => (VERBAL as readonly string[]).includes(r.pos) && !isFinite(r)));
    let lastWord = b.end - 1;
    while (lastWord > b.first && work[lastWord]!.raw.kind === 'punct') lastWord--;
    const particle = bv.length === 0 && separableParticles.has(work[lastWord]!.raw.lower);
    const head = work[av[0]!]!.chosen;
    if ((nonFinite && (head.pos === 'aux' || head.pos === 'modal')) || particle) out.set(a.index, b);
  }
  return out;
}

/**
 * "sie" as the subject beside its finite verb takes the verb's number: "sie hat" is she, "sie haben" they (and
 * "Sie haben" mid-sentence stays the formal you). The finite verb's readings decide only when they agree on one number.
 */
function agreeSubject(work: Work[], finite: number, f: Work): void {
  const numbers = new Set(f.readings.filter((r) => isFinite(r) && r.pos === f.chosen.pos && r.morph.person === 3).map((r) => r.morph.number));
  if (numbers.size !== 1) return;
  for (const k of [finite - 1, finite + 1]) {
    const w = work[k];
    if (w === undefined || w.raw.lower !== 'sie' || w.chosen.kind === 'formal') continue;
    const plural = numbers.has('plur');
    const pick = w.readings.find((r) => r.pos === 'pron' && r.morph.number === (plural ? 'plur' : 'sing'));
    if (pick) choose(w, { ...pick, morph: { ...pick.morph, case: ['nom'] } });
  }
}

/** The verb group of each clause: its finite verb, non-finite verbs, separable particle; tense, voice, mood, negation. */
function verbGroups(work: Work[], clauseList: Clause[], sentences: { first: number; end: number }[]): VerbGroup[] {
  const { separableParticles } = closedClass('de');
  const groups: VerbGroup[] = [];
  const continued = continuations(work, clauseList);
  const skipped = new Set([...continued.values()].map((c) => c.index));
  for (const c of clauseList) {
    if (skipped.has(c.index)) continue;
    const rest = continued.get(c.index);
    const verbs = [...verbalIn(work, c), ...(rest ? verbalIn(work, rest) : [])];
    // A separable particle ends its clause: the last word, before punctuation ("kündigte … an.").
    const last = rest ?? c;
    let lastWord = last.end - 1;
    while (lastWord > last.first && work[lastWord]!.raw.kind === 'punct') lastWord--;
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
    // After "sein", a participle that has become an adjective of its own, no longer spelt like its verb, is predicative
    // ("ist bekannt" beside "bekennen", "war geschlossen" beside "schließen"); "ist gefahren" stays a perfect.
    if (f?.chosen.lemma === 'sein' && verbs.length === 2) {
      for (const i of verbs) {
        const w = work[i]!;
        const adjective = w.readings.find((r) => r.pos === 'adj' && r.lemma === w.raw.lower);
        const stem = w.chosen.lemma.replace(/e?n$/, '');
        if (i !== finite && adjective && w.chosen.morph.verbForm === 'ppast' && !w.raw.lower.includes(stem) && !closedClass('de').auxiliaries.has(w.chosen.lemma) && !takesSein(w.chosen.lemma)) choose(w, adjective);
      }
      verbs.splice(0, verbs.length, ...verbs.filter((i) => (VERBAL as readonly string[]).includes(work[i]!.chosen.pos)));
    }
    // A separable first part written apart before its participle or infinitive ("bekannt gegeben" → "bekanntgeben").
    for (const i of verbs) {
      const before = work[i - 1];
      if (i === finite || !before || before.raw.kind !== 'word' || !separableParticles.has(before.raw.lower)) continue;
      const whole = before.raw.lower + work[i]!.chosen.lemma;
      if (germanLexicon().lookup(whole)?.some((r) => r.lemma === whole && r.pos === 'verb')) {
        choose(before, reading(before.raw.lower, 'part', {}, 'separable'));
        choose(work[i]!, { ...work[i]!.chosen, lemma: whole, pos: 'verb' });
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
    } else if (fr?.lemma === 'sein' && hasPpast() && !hasPpast('werden') && !takesSein(work[lexical ?? main]!.chosen.lemma)) {
      // "ist gelöscht": the state passive, in the tense of "sein"; only motion and change-of-state verbs make a perfect with it.
      passive = true;
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
      // The "ihr" imperative is spelt like the third person ("Setzt das Format" in a manual is "sets"): only with "!".
      ((work[finite + 1]?.raw.text === 'Sie' && f!.readings.some((r) => r.morph.verbForm === 'inf')) ||
        f!.readings.some((r) => r.morph.mood === 'imp' && (r.morph.number === 'sing' || lastPunct === '!') && !f!.readings.some((x) => x.morph.mood === 'ind' && x.morph.person === 3 && x.morph.number === 'sing')));
    if (imperative) choose(f!, { ...f!.chosen, morph: { ...f!.chosen.morph, mood: 'imp', tense: undefined, person: work[finite + 1]?.raw.text === 'Sie' ? 2 : f!.chosen.morph.person } });
    let negated = false;
    for (const part of rest ? [c, rest] : [c]) for (let i = part.first; i < part.end; i++) if (work[i]!.chosen.negation === 'neg') negated = true;
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
    if (f && !imperative) agreeSubject(work, finite!, f);
    groups.push(group);
  }
  return groups;
}

export function analyseGerman(text: string): Analysis {
  return runAnalysis({ lang: 'de', readingsOf, tag, clauses, verbGroups, joinsName: () => false, closed: closedClass('de') }, text);
}
