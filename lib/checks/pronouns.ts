/**
 * Pronoun check: the translation refers to a person by a gender the source has no pronoun for ("she" where the
 * German has only „er“, „sein“). German grammatical gender lets „er“/„sie“ stand for "it", so only he/she count.
 */
import type { BaseLang } from '../lang';
import { pronounTables } from './data';
import { ruleFinding } from './rules/catalogue';
import { wordTokens, type WordToken } from './text';
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
const DE_NEUTER = new Set(pronounTables('de').neuter ?? []);

function pronouns(tokens: WordToken[], lang: BaseLang, gender: Gender): WordToken[] {
  return tokens.filter((t) => PRONOUNS[lang][gender].has(t.lower));
}

function finding(id: 'pronouns.gender' | 'pronouns.thing-as-person', source: WordToken[], target: WordToken[], message: string): Finding {
  return ruleFinding(id, {
    side: 'both',
    sourceSpans: source.map((t) => ({ start: t.start, end: t.end })),
    targetSpans: target.map((t) => ({ start: t.start, end: t.end })),
    message,
  });
}

const GENDER_NAME: Record<Gender, string> = { masc: 'masculine', fem: 'feminine' };

export const pronounsCheck: SegmentCheck = (segment, ctx) => {
  if (!segment.source.trim() || !segment.target.trim() || ctx.sourceLang === ctx.targetLang) return [];
  const src = wordTokens(segment.source);
  const tgt = wordTokens(segment.target);
  const s = { masc: pronouns(src, ctx.sourceLang, 'masc'), fem: pronouns(src, ctx.sourceLang, 'fem') };
  const t = { masc: pronouns(tgt, ctx.targetLang, 'masc'), fem: pronouns(tgt, ctx.targetLang, 'fem') };
  const english = ctx.sourceLang === 'en' ? src : tgt;
  // „sie“ is also "they" and the formal "Sie", „er“ also "it": an English side that has such a referent explains them.
  if (english.some((w) => EN_OTHER_REFERENTS.has(w.lower))) return [];
  // Formal address: „Sie“, „Ihr“ capitalised in mid-sentence is "you", not "she".
  const german = ctx.sourceLang === 'de' ? s : t;
  german.fem = german.fem.filter((w) => !/^\p{Lu}/u.test(w.text) || w.start === 0);
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
