/**
 * Pronoun check: the translation refers to a person by a gender the source has no pronoun for ("she" where the
 * German has only „er“, „sein“). German grammatical gender lets „er“/„sie“ stand for "it", so only he/she count;
 * into German, a „sie“ or „er“ for an English "it" must agree with a noun of the translation it can refer to.
 */
import { analyse, type Analysis, type Token } from '../analysis';
import type { BaseLang } from '../lang';
import { pronounTables } from './data';
import { ruleFinding } from './rules/catalogue';
import type { Finding, SegmentCheck } from './types';

type Gender = 'masc' | 'fem';

// The pronouns that name a person's gender, by language (lib/checks/data/<lang>/pronouns.json). German „sein“ is
// left out there: it is also the verb "to be".
const PRONOUNS: Record<BaseLang, Record<Gender, Set<string>>> = {
  en: { masc: new Set(pronounTables('en').masculine), fem: new Set(pronounTables('en').feminine) },
  de: { masc: new Set(pronounTables('de').masculine), fem: new Set(pronounTables('de').feminine) },
};
// English words that let a German „sie“/„ihr“ or „er“ stand for something else: plural, "it", the formal "you".
const EN_OTHER_REFERENTS = new Set(pronounTables('en').otherReferents ?? []);
const EN_NEUTER = new Set(pronounTables('en').neuter ?? []);
const DE_NEUTER = new Set(pronounTables('de').neuter ?? []);

/** The words of the analysis (no numbers or punctuation). */
const wordsOf = (a: Analysis): Token[] => a.tokens.filter((t) => t.pos !== 'punct' && t.pos !== 'num');

function pronouns(tokens: Token[], lang: BaseLang, gender: Gender): Token[] {
  return tokens.filter((t) => PRONOUNS[lang][gender].has(t.lower));
}

function finding(id: 'pronouns.gender' | 'pronouns.thing-as-person' | 'pronouns.antecedent', source: Token[], target: Token[], message: string): Finding {
  return ruleFinding(id, {
    side: 'both',
    sourceSpans: source.map((t) => ({ start: t.start, end: t.end })),
    targetSpans: target.map((t) => ({ start: t.start, end: t.end })),
    message,
  });
}

const GENDER_NAME: Record<Gender, string> = { masc: 'masculine', fem: 'feminine' };
/** Formal „Sie“, „Ihr“: capitalised in mid-sentence, it is "you", not "she". */
const formal = (w: Token): boolean => /^\p{Lu}/u.test(w.text) && !w.sentenceStart;

/** A German noun's gender; for a word the lexicon does not know ("Socket"), its article's („der Socket“). */
function genderOf(a: Analysis, noun: Token): Token['morph']['gender'] {
  if (noun.morph.gender) return noun.morph.gender;
  for (let i = noun.index - 1; i >= 0 && i >= noun.index - 3; i--) {
    const t = a.tokens[i]!;
    if (t.pos === 'det') return t.morph.number === 'sing' && t.kind !== 'possessive' ? t.morph.gender : undefined;
    if (t.pos !== 'adj') return undefined;
  }
  return undefined;
}

/** A name or unknown word used without an article and outside brackets ("syslog veranlassen", not „(PID 1)“). */
function standsAlone(a: Analysis, t: Token): boolean {
  if (t.pos !== 'propn' && t.pos !== 'x') return false;
  const previous = a.tokens[t.index - 1];
  if (previous?.pos === 'det' || previous?.pos === 'adj') return false;
  let depth = 0;
  for (let i = t.index - 1; i >= 0; i--) {
    const x = a.tokens[i]!.text;
    if (x === ')') depth--;
    else if (x === '(') depth++;
  }
  return depth <= 0;
}

/**
 * EN→DE: the English source refers to things only ("it", "its"), and the German translation's „sie“/„ihr“ (or
 * „er“/„sein“) has before it nouns of other genders only ("der Systemverwalter …, wenn sie abstürzt" for "the
 * system manager … when it crashes"): the pronoun does not agree with what it stands for. A noun whose gender the
 * analysis does not know, or a plural noun for „sie“/„ihr“, might be the antecedent: nothing is flagged then.
 */
function antecedentFindings(src: Token[], tgt: Analysis): Finding[] {
  const english = src.filter((w) => EN_OTHER_REFERENTS.has(w.lower) || PRONOUNS.en.masc.has(w.lower) || PRONOUNS.en.fem.has(w.lower));
  const things = english.filter((w) => EN_NEUTER.has(w.lower));
  if (things.length === 0 || things.length < english.length) return [];
  for (const p of tgt.tokens) {
    if ((p.pos !== 'pron' && p.pos !== 'det') || formal(p)) continue;
    const gender: Gender | undefined = PRONOUNS.de.masc.has(p.lower) ? 'masc' : PRONOUNS.de.fem.has(p.lower) ? 'fem' : undefined;
    if (!gender) continue;
    const before = tgt.tokens.slice(0, p.index);
    const nouns = before.filter((t) => t.pos === 'noun');
    // A name or an unknown word ("syslog", "Udev") may be what the pronoun stands for, whatever its gender.
    if (nouns.length === 0 || before.some((t) => standsAlone(tgt, t))) continue;
    // Only the nominative and accusative („er“, „ihn“) are masculine alone: the dative „ihm“ and the possessive „sein“
    // are neuter too („das Paket … seine Liste“); „sie“ and „ihr“ are also plural.
    const neuterToo = gender === 'masc' && p.morph.case?.every((c) => c === 'nom' || c === 'acc') !== true;
    const agrees = (n: Token) => {
      const g = genderOf(tgt, n);
      return g === undefined || g === gender || (neuterToo && g === 'neut') || (gender === 'fem' && n.morph.number === 'plur');
    };
    if (nouns.some(agrees)) continue;
    const nearest = nouns[nouns.length - 1]!;
    return [
      finding('pronouns.antecedent', things, [p],
        `„${p.text}“ is ${GENDER_NAME[gender]}, but no ${GENDER_NAME[gender]} noun comes before it (the nearest is „${nearest.text}“) for the source's “${things[0]!.text}” to refer to: the pronoun's gender seems wrong.`),
    ];
  }
  return [];
}

export const pronounsCheck: SegmentCheck = (segment, ctx) => {
  if (!segment.source.trim() || !segment.target.trim() || ctx.sourceLang === ctx.targetLang) return [];
  const src = wordsOf(analyse(segment.source, ctx.sourceLang));
  const target = analyse(segment.target, ctx.targetLang);
  const tgt = wordsOf(target);
  const s = { masc: pronouns(src, ctx.sourceLang, 'masc'), fem: pronouns(src, ctx.sourceLang, 'fem') };
  const t = { masc: pronouns(tgt, ctx.targetLang, 'masc'), fem: pronouns(tgt, ctx.targetLang, 'fem') };
  const english = ctx.sourceLang === 'en' ? src : tgt;
  // „sie“ is also "they" and the formal "Sie", „er“ also "it": an English side that has such a referent explains them.
  if (english.some((w) => EN_OTHER_REFERENTS.has(w.lower))) return ctx.targetLang === 'de' ? antecedentFindings(src, target) : [];
  const german = ctx.sourceLang === 'de' ? s : t;
  german.fem = german.fem.filter((w) => !formal(w));
  for (const [gender, other] of [['fem', 'masc'], ['masc', 'fem']] as const) {
    if (t[gender].length > 0 && s[gender].length === 0 && s[other].length > 0 && t[other].length === 0) {
      const quoted = s[other].map((w) => `“${w.text}”`).join(', ');
      return [
        finding('pronouns.gender', s[other], t[gender], `The translation says “${t[gender][0]!.text}” (${GENDER_NAME[gender]}), but the source refers to this person only as ${GENDER_NAME[other]} (${quoted}): the pronoun's gender changed.`),
      ];
    }
  }
  // "he" or "she" in English for a German text whose only pronoun is „es“: a thing became a person.
  if (ctx.sourceLang === 'de' && s.masc.length === 0 && s.fem.length === 0) {
    const es = src.filter((w) => DE_NEUTER.has(w.lower));
    const person = [...t.masc, ...t.fem].sort((a, b) => a.start - b.start);
    if (es.length > 0 && person.length > 0) {
      return [finding('pronouns.thing-as-person', es, person, `The translation says “${person[0]!.text}”, a person, where the source has only „es“ (it): the pronoun's gender changed.`)];
    }
  }
  return [];
};
