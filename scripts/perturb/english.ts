/** English for the perturbation build: compromise tags and conjugates, WordNet gives antonyms, hypernyms and hyponyms. */
import type { Lexicon } from '../../lib/lexicon';
import { swapFromTable, type Language } from './language';
import { capitalise, contiguous, decapitalise, finalMark, pick, replaceTok, sameCase, splice, type Pos, type Sentence, type Tok } from './text';
import type { WnPos, WordNet } from './wordnet';

/** The part of compromise the build uses. */
export interface CompromiseDoc {
  json(options: object): Array<{ terms: Array<{ text: string; tags: string[]; normal: string; root?: string; offset: { start: number; length: number } }> }>;
  verbs(): CompromiseVerbs;
  nouns(): { toPlural(): CompromiseDoc };
  compute(what: string): CompromiseDoc;
  text(): string;
}
interface CompromiseVerbs {
  first(): CompromiseVerbs;
  toPastTense(): CompromiseDoc;
  toPresentTense(): CompromiseDoc;
  toNegative(): CompromiseDoc;
  toGerund(): CompromiseDoc;
  toInfinitive(): CompromiseDoc;
  found: boolean;
}
export type Nlp = (text: string) => CompromiseDoc;

// Closed-class tables: grammar, not vocabulary.
const GENDER: Record<string, string> = { he: 'she', she: 'he', him: 'her', his: 'her', himself: 'herself', herself: 'himself', it: 'he', its: 'his', itself: 'himself' };
const PERSON: Record<string, string> = { you: 'we', your: 'our', yours: 'ours', yourself: 'ourselves', we: 'you', our: 'your', us: 'you', ourselves: 'yourselves', i: 'you', my: 'your', me: 'you' };
const MODAL: Record<string, string> = { can: 'must', must: 'can', may: 'must', should: 'may', could: 'had to', might: 'must' };
const PREPOSITION: Record<string, string> = { to: 'from', from: 'to', before: 'after', after: 'before', above: 'below', below: 'above', over: 'under', under: 'over', with: 'without', without: 'with', inside: 'outside', outside: 'inside', into: 'out of' };
const ARTICLES = new Set(['the', 'a', 'an']);
const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);
const NEGATIONS = /\b(not|never|no|none|nothing|nobody|cannot)\b|n't\b/i;
const DETERMINERS_BEFORE_ADJECTIVE = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'its', 'their', 'our', 'his', 'her', 'each', 'every', 'all']);

function posOf(tags: ReadonlySet<string>, text: string): Pos {
  if (tags.has('Negative')) return 'neg';
  if (tags.has('Modal')) return 'modal';
  if (tags.has('Auxiliary') || tags.has('Copula')) return 'aux';
  if (/\p{N}/u.test(text) && (tags.has('Value') || tags.has('Cardinal'))) return 'num';
  if (tags.has('Pronoun')) return 'pron';
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization')) return 'name';
  if (tags.has('Particle')) return 'other';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Adverb')) return 'adv';
  if (tags.has('Preposition')) return 'prep';
  if (tags.has('Conjunction')) return 'conj';
  if (tags.has('Determiner')) return 'det';
  return 'other';
}

const WN: Partial<Record<Pos, WnPos>> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

export function english(nlp: Nlp, wordnet: WordNet, lexicon: Pick<Lexicon, 'lookup' | 'isKnownWord'>, adjectivePool: () => string[]): Language {
  function analyse(text: string): Sentence {
    const toks: Tok[] = [];
    for (const sentence of nlp(text).compute('root').json({ offset: true, terms: { offset: true } })) {
      for (const t of sentence.terms) {
        const start = t.offset.start;
        const end = start + t.offset.length;
        const last = toks[toks.length - 1];
        // Contractions ("doesn't") come as two terms over one word; the word is kept once.
        if (t.text === '' || (last && start < last.end)) continue;
        const tags = new Set(t.tags);
        toks.push({ text: text.slice(start, end), start, end, pos: posOf(tags, t.text), lemma: t.root ?? t.normal, tags });
      }
    }
    return { text, toks };
  }

  /** Applies a compromise verb change to the first verb phrase; undefined when nothing changed or compromise touched more than words. */
  function onFirstVerb(s: Sentence, change: (v: CompromiseVerbs) => void): string | undefined {
    const doc = nlp(s.text);
    const v = doc.verbs().first();
    change(v);
    const out = doc.text();
    const skeleton = (t: string) => t.replace(/[\p{L}\s']/gu, '');
    return out !== s.text && skeleton(out) === skeleton(s.text) ? out : undefined;
  }

  const hasSubject = (s: Sentence): boolean => subjectEnd(s) !== undefined;

  function subjectEnd(s: Sentence): number | undefined {
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k]!;
      if (t.pos === 'verb' || t.pos === 'aux' || t.pos === 'modal') return k > 0 && ['noun', 'name', 'pron', 'num'].includes(s.toks[k - 1]!.pos) && contiguous(s, 0, k) ? k - 1 : undefined;
      if (!['det', 'adj', 'noun', 'name', 'pron', 'num'].includes(t.pos)) return undefined;
    }
    return undefined;
  }

  /** Replaces a noun by a WordNet relative of its first sense, keeping its number. */
  function relative(s: Sentence, key: string, related: (lemma: string, pos: WnPos) => string[]): string | undefined {
    const at = s.toks.map((_, i) => i).filter((i) => s.toks[i]!.pos === 'noun' && /^\p{Ll}+$/u.test(s.toks[i]!.text));
    for (const i of at.length ? [pick(at, key)!, ...at] : []) {
      const t = s.toks[i]!;
      const plural = t.tags.has('Plural');
      const lemma = plural ? (wordnet.exceptions(t.text, 'n')[0] ?? t.lemma) : t.text;
      if (!wordnet.has(lemma, 'n')) continue;
      const r = pick(related(lemma, 'n').filter((w) => /^\p{Ll}+$/u.test(w)), key);
      if (!r) continue;
      const form = plural ? nlp(r).nouns().toPlural().text() : r;
      return replaceTok(s, i, form);
    }
    return undefined;
  }

  return {
    lang: 'en',
    analyse,
    isKnownWord: (w) => lexicon.isKnownWord(w, 'en') || (['n', 'v', 'a', 'r'] as WnPos[]).some((p) => wordnet.has(w.toLowerCase(), p)),
    subjectEnd,
    articles: ARTICLES,
    coordinators: COORDINATORS,
    tense: (s) => {
      // The finite verb after a sentence-initial subject, in the present or the past.
      const end = subjectEnd(s);
      const verb = end === undefined ? undefined : s.toks[end + 1];
      if (!verb || !(verb.tags.has('PresentTense') || verb.tags.has('PastTense'))) return undefined;
      return onFirstVerb(s, (v) => (verb.tags.has('PastTense') ? v.toPresentTense() : v.toPastTense()));
    },
    aspect: (s) => {
      // Simple present with a subject → progressive; a progressive → simple present.
      if (!hasSubject(s)) return undefined;
      const first = s.toks.find((t) => t.pos === 'verb' || t.pos === 'aux' || t.pos === 'modal');
      if (!first || first.pos !== 'verb' || first.tags.has('PastTense')) return undefined;
      const progressive = s.toks.some((t) => t.tags.has('Gerund'));
      return onFirstVerb(s, (v) => (progressive ? v.toPresentTense() : v.toGerund()));
    },
    negate: (s) => {
      if (NEGATIONS.test(s.text) || !s.toks.some((t) => t.pos === 'verb' || t.pos === 'aux' || t.pos === 'modal')) return undefined;
      const out = onFirstVerb(s, (v) => v.toNegative());
      return out && NEGATIONS.test(out) ? out : undefined;
    },
    omitNegation: (s) => {
      const i = s.toks.findIndex((t) => /^(not|never)$/i.test(t.text));
      if (i >= 0) return s.text.slice(0, s.toks[i]!.start).replace(/ $/, '') + s.text.slice(s.toks[i]!.end);
      const m = /\b(can)not\b|\b(\w+)n't\b/i.exec(s.text);
      if (!m) return undefined;
      const base = m[1] ?? (m[2]!.toLowerCase() === 'wo' ? 'will' : m[2]!.toLowerCase() === 'ca' ? 'can' : m[2]!);
      return splice(s.text, m.index, m.index + m[0].length, sameCase(m[0], base));
    },
    question: (s) => {
      const mark = finalMark(s.text);
      if (mark === '?') {
        // "Is it set?" → "It is set."
        const first = s.toks[0];
        const end = subjectEnd({ text: s.text, toks: s.toks.slice(1) });
        if (!first || (first.pos !== 'aux' && first.pos !== 'modal') || end === undefined) return undefined;
        const subject = s.toks.slice(1, end + 2);
        const rest = s.text.slice(subject[subject.length - 1]!.end, -1);
        const subj = s.text.slice(subject[0]!.start, subject[subject.length - 1]!.end);
        return `${capitalise(subj)} ${decapitalise(first.text)}${rest}.`;
      }
      if (mark !== '.') return undefined;
      const end = subjectEnd(s);
      if (end === undefined) return undefined;
      const verb = s.toks[end + 1]!;
      const subj = s.text.slice(0, s.toks[end]!.end);
      const lowered = s.toks[0]!.pos === 'name' ? subj : decapitalise(subj);
      const rest = s.text.slice(verb.end, -1);
      if (verb.pos === 'aux' || verb.pos === 'modal') return `${capitalise(verb.text.toLowerCase())} ${lowered}${rest}?`;
      // A simple present or past verb: do-support ("The command prints" → "Does the command print").
      if (!verb.tags.has('PresentTense') || verb.tags.has('PastTense')) return undefined;
      const does = /s$/.test(verb.text) ? 'Does' : 'Do';
      const base = nlp(verb.text).verbs().toInfinitive().text();
      if (!base || base === verb.text && does === 'Does') return undefined;
      return `${does} ${lowered} ${base}${rest}?`;
    },
    pronounGender: (s, key) => swapFromTable(s, GENDER, key, (i) => s.toks[i]!.pos === 'pron' || s.toks[i]!.tags.has('Possessive')),
    pronounPerson: (s, key) => swapFromTable(s, PERSON, key, (i) => s.toks[i]!.pos === 'pron' || s.toks[i]!.tags.has('Possessive')),
    modal: (s, key) => swapFromTable(s, MODAL, key, (i) => s.toks[i]!.pos === 'modal'),
    preposition: (s, key) => swapFromTable(s, PREPOSITION, key, (i) => s.toks[i]!.pos === 'prep' && s.toks[i + 1] !== undefined),
    antonym: (s, key) => {
      const at = s.toks.map((_, i) => i).filter((i) => {
        const t = s.toks[i]!;
        const p = WN[t.pos];
        // Base forms only, so the antonym needs no inflection.
        return p !== undefined && /^\p{Ll}+$/u.test(t.text) && (p === 'a' || p === 'r' || t.text === t.lemma) && !t.tags.has('Plural') && !t.tags.has('Comparative');
      });
      for (const i of at.length ? [pick(at, key)!, ...at] : []) {
        const t = s.toks[i]!;
        const a = pick(wordnet.antonyms(t.text, WN[t.pos]!), key);
        if (a) return replaceTok(s, i, a);
      }
      return undefined;
    },
    hypernym: (s, key) => relative(s, key, wordnet.hypernyms),
    hyponym: (s, key) => relative(s, key, wordnet.hyponyms),
    addContent: (s, key) => {
      // An adjective from elsewhere in the corpus before a noun that a definite determiner introduces.
      const at = s.toks.map((_, i) => i).filter((i) => s.toks[i]!.pos === 'noun' && DETERMINERS_BEFORE_ADJECTIVE.has(s.toks[i - 1]?.text.toLowerCase() ?? ''));
      const i = pick(at, key);
      if (i === undefined) return undefined;
      const present = new Set(s.toks.map((t) => t.text.toLowerCase()));
      const adj = pick(adjectivePool().filter((a) => !present.has(a)), key);
      if (!adj) return undefined;
      return splice(s.text, s.toks[i]!.start, s.toks[i]!.start, `${adj} `);
    },
  };
}

