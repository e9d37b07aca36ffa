/** A light German and English lemmatiser and German compound splitter, just enough to find dictionary headwords. */
import type { BaseLang } from '../lang';

// Suffixes to try, shortest first, so the least-changed form is preferred.
const DE_NOUN_ADJ_SUFFIXES = ['s', 'n', 'e', 'en', 'er', 'es', 'em', 'ns', 'ern', 'ste', 'sten', 'ster', 'stem', 'stes'];
const DE_VERB_SUFFIXES = ['t', 'st', 'et', 'te', 'est', 'ten', 'tet', 'ete', 'test', 'eten', 'end', 'ende', 'enden'];
// Separable prefixes that move the participle's ge- inside ("an|ge|kündigt") or take zu ("an|zu|kündigen").
export const DE_PARTICLES = [
  'ab', 'an', 'auf', 'aus', 'bei', 'dar', 'durch', 'ein', 'fest', 'fort', 'her', 'heraus', 'herein', 'hin',
  'hinaus', 'los', 'mit', 'nach', 'vor', 'voran', 'vorbei', 'weg', 'weiter', 'wieder', 'zu', 'zurück',
  'zusammen', 'bekannt', 'statt', 'teil', 'um', 'über', 'unter',
];
// [particle, particle + "ge"] and [particle, particle + "zu"], built once: candidates are made for every substring a compound split tries.
const GE_PREFIXES: [string, string][] = ['', ...DE_PARTICLES].map((p) => [p, `${p}ge`]);
const ZU_PREFIXES: [string, string][] = DE_PARTICLES.map((p) => [p, `${p}zu`]);
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
const MIN_STEM = 3;

function push(out: string[], seen: Set<string>, word: string): void {
  if (word.length >= MIN_STEM && !seen.has(word)) {
    seen.add(word);
    out.push(word);
  }
}

/** The word with its last umlaut undone ("häuser" → "hauser"), or undefined; plural umlauts are cheap to reverse. */
function unumlaut(word: string): string | undefined {
  const at = Math.max(word.lastIndexOf('ä'), word.lastIndexOf('ö'), word.lastIndexOf('ü'));
  if (at < 0) return undefined;
  return word.slice(0, at) + (UMLAUT[word[at] ?? ''] ?? '') + word.slice(at + 1);
}

/** Possible German base forms of a lowercase word, the word itself first; most are not words, the lexicon filters. */
export function germanCandidates(word: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  push(out, seen, word);
  for (const suffix of DE_NOUN_ADJ_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    push(out, seen, stem);
    if (suffix === 'e' || suffix === 'er' || suffix === 'en' || suffix === 'ern') {
      const plain = unumlaut(stem);
      if (plain) push(out, seen, plain);
    }
  }
  for (const suffix of DE_VERB_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    push(out, seen, `${stem}en`);
    if (/[lr]$/.test(stem) && /e[lr]$/.test(stem)) push(out, seen, `${stem}n`);
  }
  // Participles ge…t / ge…en, also behind a separable particle: "gemunkelt", "angekündigt".
  for (const [particle, ge] of GE_PREFIXES) {
    if (!word.startsWith(ge)) continue;
    const rest = word.slice(particle.length + 2);
    for (const suffix of ['t', 'et', 'en']) {
      if (!rest.endsWith(suffix) || rest.length - suffix.length < 2) continue;
      const stem = rest.slice(0, -suffix.length);
      push(out, seen, `${particle}${stem}en`);
      if (/e[lr]$/.test(stem)) push(out, seen, `${particle}${stem}n`);
    }
    // Inflected participles used as adjectives: "angekündigte", "gemunkelten".
    for (const ending of ['e', 'en', 'er', 'es', 'em']) {
      if (rest.endsWith(`t${ending}`)) push(out, seen, `${particle}${rest.slice(0, -ending.length - 1)}en`);
    }
  }
  if (word.endsWith('en')) {
    for (const [particle, zu] of ZU_PREFIXES) if (word.startsWith(zu)) push(out, seen, particle + word.slice(particle.length + 2));
  }
  return out;
}

// Irregular English forms common in news text; German strong forms are listed in the dictionary itself.
const EN_IRREGULAR: Record<string, string> = Object.fromEntries(
  `has:have had:have is:be are:be was:be were:be been:be does:do did:do done:do went:go gone:go made:make
  said:say got:get took:take taken:take gave:give given:give found:find held:hold led:lead left:leave lost:lose
  met:meet paid:pay sold:sell told:tell thought:think brought:bring bought:buy built:build began:begin
  begun:begin became:become came:come fell:fall fallen:fall rose:rise risen:rise won:win ran:run saw:see
  seen:see knew:know known:know grew:grow grown:grow spent:spend sent:send kept:keep chose:choose
  chosen:choose wrote:write written:write spoke:speak spoken:speak struck:strike felt:feel stood:stand
  understood:understand meant:mean heard:hear drove:drive driven:drive flew:fly flown:fly broke:break
  broken:break fought:fight caught:catch taught:teach sought:seek shot:shoot hung:hang laid:lay lay:lie
  lain:lie ate:eat eaten:eat drew:draw drawn:draw threw:throw thrown:throw wore:wear worn:wear men:man
  women:woman children:child people:person feet:foot teeth:tooth mice:mouse better:good best:good
  worse:bad worst:bad`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Possible English base forms of a lowercase word, the word itself first. */
export function englishCandidates(word: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const w = word.replace(/['’]s$|['’]$/, '');
  push(out, seen, w);
  // Pushed directly: "be", "do" and "go" are shorter than any stem the suffix rules may leave.
  const irregular = EN_IRREGULAR[w];
  if (irregular && !seen.has(irregular)) {
    seen.add(irregular);
    out.push(irregular);
  }
  const add = (suffix: string, ...replacements: string[]) => {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) return;
    const stem = w.slice(0, -suffix.length);
    for (const r of replacements) push(out, seen, stem + r);
    // Doubled final consonant: "stopped" → "stop", "planning" → "plan".
    if ((suffix === 'ed' || suffix === 'ing') && /([bdgklmnprtz])\1$/.test(stem)) push(out, seen, stem.slice(0, -1));
  };
  add('s', '');
  add('es', '');
  add('ies', 'y');
  add('ied', 'y');
  add('ed', '', 'e');
  add('ing', '', 'e');
  add('ly', '');
  add('ily', 'y');
  add('ally', 'al', '');
  add('er', '', 'e');
  add('est', '', 'e');
  return out;
}

/** Possible base forms of a lowercase word in `lang`, the word itself first. */
export function lemmaCandidates(word: string, lang: BaseLang): string[] {
  return lang === 'de' ? germanCandidates(word) : englishCandidates(word);
}

// Three-letter heads ("Frosch|art", "Sport|art") only count when the modifier is known too.
const MIN_HEAD = 3;
const MIN_HEAD_ALONE = 5;
const MIN_MODIFIER = 3;
// Linking elements (Fugen) between compound parts: "Arbeit|s|platz", "Sonne|n|schein", "Schul|e" (dropped e).
const FUGEN = ['s', 'es', 'n', 'en', 'ens', 'er', 'e'];

/**
 * Splits a lowercase German compound into known parts, head last: "kameraherstellers" →
 * ["kamera", "hersteller"]. `known` returns the dictionary form of a word or undefined; `knownHead` does for
 * the head, which carries the word's part of speech ("jahrhundertealtes" takes the adjective „alt“, not „Alte“).
 * The longest known head wins; when no modifier is known, the head alone is returned.
 */
export function splitCompound(
  word: string,
  known: (w: string) => string | undefined,
  depth = 0,
  knownHead: (w: string) => string | undefined = known,
): string[] | undefined {
  if (word.length < MIN_HEAD + MIN_MODIFIER) return undefined;
  let headOnly: string | undefined;
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const head = knownHead(word.slice(i));
    if (head === undefined) continue;
    const modifier = word.slice(0, i);
    const modifierForm = known(modifier) ?? modifierWithFuge(modifier, known);
    if (modifierForm !== undefined) return [modifierForm, head];
    if (depth < 1) {
      const parts = splitCompound(modifier, known, depth + 1);
      if (parts && parts.length > 1) return [...parts, head];
    }
    headOnly ??= word.length - i >= MIN_HEAD_ALONE ? head : undefined;
  }
  return headOnly === undefined ? undefined : [headOnly];
}

function modifierWithFuge(modifier: string, known: (w: string) => string | undefined): string | undefined {
  for (const fuge of FUGEN) {
    if (modifier.endsWith(fuge) && modifier.length - fuge.length >= MIN_MODIFIER) {
      const form = known(modifier.slice(0, -fuge.length));
      if (form !== undefined) return form;
    }
  }
  return known(`${modifier}e`);
}
