/** German verb morphology by pattern: participle, infinitive and finite-form shapes of lowercase words. */
import {
  ADVERBS,
  AUXILIARIES,
  COORDINATORS,
  DETERMINERS,
  FINITE_VERBS,
  NOT_GE_PARTICIPLES,
  NOT_VERBS_T,
  NUMBER_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  SEPARABLE_PREFIXES,
  SUBORDINATORS,
} from './words';

/** Any closed-class word: never a content verb. */
export function isFunctionWord(lower: string): boolean {
  return cached(lower).func;
}

function functionWord(lower: string): boolean {
  return (
    DETERMINERS.has(lower) ||
    PREPOSITIONS.has(lower) ||
    PRONOUNS.has(lower) ||
    COORDINATORS.has(lower) ||
    SUBORDINATORS.has(lower) ||
    ADVERBS.has(lower) ||
    NUMBER_WORDS.has(lower)
  );
}

const SEPARABLE = `(?:${SEPARABLE_PREFIXES.join('|')})`;

// "gefunden", "angekündigt", "zusammengetan": the ge- participle, optionally after a separable particle.
const GE_PARTICIPLE = new RegExp(`^${SEPARABLE}?ge(?:\\p{L}{2,}(?:t|en)|tan)$`, 'u');
// "bestätigt", "veröffentlicht", "präsentiert": inseparable prefix or -ieren, without ge-.
const PREFIX_PARTICIPLE = /^(?:be|ver|er|ent|zer|emp|miss|hinter|wider|unter|über)\p{L}{2,}(?:t|en)$|^\p{L}{3,}iert$/u;

// Adjective suffixes that make a word in -en/-t an adjective ("gewaltigen", "gemeinsam", "geschäftlichen").
// "-igen" stays out: "bestätigen" and "beschäftigen" are verbs, and context tells "wichtigen" apart.
const ADJECTIVE_SUFFIX = /(?:lich|isch|sam|bar|haft|los|voll|al|iv)(?:e|en|er|es|em)?$|(?:ig|end)(?:e|er|es|em)?$/u;

/** Everything the checks ask about one lowercase word, computed once: the same words recur all through a document. */
interface WordShape {
  func: boolean;
  ge: boolean;
  participle: boolean;
  infinitive: boolean;
  finite: FiniteShape;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, WordShape>();

function cached(lower: string): WordShape {
  let shape = cache.get(lower);
  if (!shape) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    shape = classify(lower);
    cache.set(lower, shape);
  }
  return shape;
}

function classify(lower: string): WordShape {
  const func = functionWord(lower);
  const excluded = func || NOT_VERBS_T.has(lower) || ADJECTIVE_SUFFIX.test(lower);
  const ge = !excluded && !NOT_GE_PARTICIPLES.has(lower) && GE_PARTICIPLE.test(lower);
  const infinitive =
    lower === 'sein' ||
    lower === 'tun' ||
    (!excluded && !(AUXILIARIES.has(lower) && !lower.endsWith('en')) && /^\p{L}{2,}(?:en|ern|eln)$/u.test(lower));
  return { func, ge, participle: ge || (!excluded && PREFIX_PARTICIPLE.test(lower)), infinitive, finite: finite(lower, func) };
}

/** A ge- participle ("gefunden", "angekündigt"): the strongest sign of a right verbal bracket. */
export function isGeParticiple(lower: string): boolean {
  return cached(lower).ge;
}

/** Participle shape, with or without ge- ("bestätigt", "unterschrieben" are also finite or infinitive). */
export function isParticipleShape(lower: string): boolean {
  return cached(lower).participle;
}

/** Infinitive shape: "-en", "-ern", "-eln", "sein", "tun" (also plural present and inflected adjectives). */
export function isInfinitiveShape(lower: string): boolean {
  return cached(lower).infinitive;
}

/** Could this lowercase word be a finite verb? Ambiguous endings (-en, -e) need the caller's context. */
export type FiniteShape = 'sure' | 'likely' | 'ambiguous' | 'no';

export function finiteShape(lower: string): FiniteShape {
  return cached(lower).finite;
}

function finite(lower: string, func: boolean): FiniteShape {
  if (FINITE_VERBS.has(lower) || AUXILIARIES.has(lower)) return 'sure';
  if (func || NOT_VERBS_T.has(lower) || lower.length < 3) return 'no';
  if (ADJECTIVE_SUFFIX.test(lower)) return 'no';
  // -t/-st (3rd/2nd person present, also participles: a participle alone still suggests a clause);
  // after a diphthong or umlaut too ("baut", "freut", "rät").
  if (/(?:[^aeiouäöü]t|st|[ae]ut|äut|ät)$/u.test(lower) || /iert$/.test(lower)) return 'likely';
  // -te/-ten: weak past, or an inflected adjective/participle; -en/-e: plural present, infinitive, adjective.
  if (/(?:en|ern|eln|te|e)$/.test(lower)) return 'ambiguous';
  return 'no';
}
