/** Parses lines of the Ding dictionary (`German :: English`) into normalised word pairs for the compiled lexicon. */

/** The longest phrase, in words, kept on either side; longer ones are examples, not translations. */
export const MAX_PHRASE_WORDS = 3;

const ANNOTATION = /\{[^{}]*\}|\[[^[\]]*\]|\([^()]*\)|<[^<>]*>|(?:^|\s)\/[^/]+\//g;
// Placeholders for objects and reflexives say how a word is used, not what it means.
const PLACEHOLDERS = new Set([
  'etw.', 'etw', 'jd.', 'jdn.', 'jdm.', 'jds.', 'sich', 'sth.', 'sth', 'sb.', "sb.'s", 'so.', 'sb', 'one', "one's",
  'oneself', 'something', 'somebody', 'someone',
]);
const PRONOUNS = {
  de: new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']),
  en: new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']),
} as const;

/** Strips Ding annotations ({f}, [Br.], (etwas), <alt spelling>, /ABBR/) repeatedly, since some nest. */
export function stripAnnotations(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(ANNOTATION, ' ');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Lowercases a phrase and drops placeholders, pronouns and the infinitive "to"; '' when nothing usable remains. */
export function normalisePhrase(raw: string, lang: 'de' | 'en'): string {
  const text = stripAnnotations(raw).toLowerCase().replace(/[’‘]/g, "'");
  // Questions, quotes and fragments ("Haushalts…") are examples, not dictionary words.
  if (/[…?!:"„“”«»]|\.\.\./.test(text)) return '';
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[,;'"]+|[,;'"]+$/g, ''))
    .filter((w) => w !== '' && !PLACEHOLDERS.has(w) && !w.includes('/'));
  // A phrase ending in a full stop is an example sentence; a lone "Dr." is an abbreviation.
  const last = words[words.length - 1];
  if (last !== undefined && last.endsWith('.')) {
    if (words.length > 1) return '';
    words[0] = last.slice(0, -1);
  }
  if (lang === 'en' && words[0] === 'to' && words.length > 1) words.shift();
  while (words.length > 1 && PRONOUNS[lang].has(words[0] ?? '')) words.shift();
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return '';
  if (!words.every((w) => /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u.test(w))) return '';
  return words.join(' ');
}

/** Splits one side of a sub-entry into alternatives at `;`, ignoring `;` inside annotations. */
function alternatives(side: string): string[] {
  return stripAnnotations(side).split(';');
}

/** A German–English pair; `primary` when it comes from the entry's headword, not from an inflected form or example. */
export type DingPair = [de: string, en: string, primary: boolean];

/**
 * The (German, English) pairs of one Ding line. Sub-entries separated by `|` correspond
 * position by position (headword, plural, participle …); when the counts differ only the
 * first sub-entries are paired, because the rest cannot be matched safely.
 */
export function parseDingLine(line: string): DingPair[] {
  if (line.startsWith('#')) return [];
  const sides = line.split(' :: ');
  if (sides.length !== 2) return [];
  const de = (sides[0] ?? '').split(' | ');
  const en = (sides[1] ?? '').split(' | ');
  const count = de.length === en.length ? de.length : 1;
  const pairs: DingPair[] = [];
  for (let i = 0; i < count; i++) {
    const deWords = alternatives(de[i] ?? '').map((p) => normalisePhrase(p, 'de')).filter(Boolean);
    const enWords = alternatives(en[i] ?? '').map((p) => normalisePhrase(p, 'en')).filter(Boolean);
    for (const d of deWords) for (const e of enWords) pairs.push([d, e, i === 0]);
  }
  return pairs;
}
