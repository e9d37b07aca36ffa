/** Checks that glossary terms found in the source get their required rendering in the target, and never a forbidden one. */
import type { BaseLang } from '../lang';
import { isBlank } from '../segment/words';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Fix, GlossaryEntry, SegmentCheck, Span } from './types';
import { WORD_END, WORD_START, capitaliseLike, escapeRegExp, isSentenceStart } from './text';

/** German endings of nouns and adjectives: Vertrag → Vertrags, Verträge, Verträgen; künstlich → künstlichen. */
const DE_ENDINGS = '(?:e|en|n|s|es|er|ern|em|ens|nen)?';
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };

function germanWord(word: string): string {
  const plain = escapeRegExp(word);
  // Plurals may umlaut the last vowel (Vertrag → Verträge, Kunde → Kunden stays): accept both.
  const m = /^(.*)(au|a|o|u)([^aeiouäöü]*)$/iu.exec(word);
  if (!m) return `${plain}${DE_ENDINGS}`;
  const [, head = '', vowel = '', tail = ''] = m;
  const umlauted = vowel.toLowerCase() === 'au' ? `${vowel.charAt(0) === 'A' ? 'Ä' : 'ä'}u` : UMLAUT[vowel] ?? vowel;
  return `(?:${plain}|${escapeRegExp(head + umlauted + tail)})${DE_ENDINGS}`;
}

/** English plurals and genitives: policy → policies, box → boxes, user → users, user's. */
function englishWord(word: string, last: boolean): string {
  const plain = escapeRegExp(word);
  if (!last) return plain;
  const genitive = "(?:['’]s?)?";
  if (/[^aeiou]y$/iu.test(word)) return `(?:${plain}|${escapeRegExp(word.slice(0, -1))}ies)${genitive}`;
  return `${plain}(?:s|es)?${genitive}`;
}

/** A whole-word, case-insensitive pattern for a term that tolerates the language's inflection. */
function termPattern(term: string, lang: BaseLang): RegExp {
  const words = term.trim().split(/\s+/u);
  const parts = words.map((w, i) => (lang === 'de' ? germanWord(w) : englishWord(w, i === words.length - 1)));
  return new RegExp(`${WORD_START}${parts.join('[\\s\\u00a0-]+')}${WORD_END}`, 'giu');
}

interface CompiledEntry {
  source: RegExp;
  target: RegExp;
  forbidden: Array<{ term: string; re: RegExp }>;
}

/** Glossaries stay the same across a document's segments: compile each entry once per direction. */
const compiled = new WeakMap<GlossaryEntry, Map<string, CompiledEntry>>();

function compile(entry: GlossaryEntry, from: BaseLang, to: BaseLang): CompiledEntry {
  let byDirection = compiled.get(entry);
  if (!byDirection) compiled.set(entry, (byDirection = new Map()));
  const key = `${from}>${to}`;
  let c = byDirection.get(key);
  if (!c) {
    c = {
      source: termPattern(entry.source, from),
      target: termPattern(entry.target, to),
      forbidden: entry.forbidden.filter((f) => f.trim() !== '').map((term) => ({ term, re: termPattern(term, to) })),
    };
    byDirection.set(key, c);
  }
  return c;
}

function spans(re: RegExp, text: string): Array<Span & { text: string }> {
  re.lastIndex = 0;
  const out: Array<Span & { text: string }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** The required term in the form of the forbidden one it replaces, when that form is certain. */
function replacementFor(hit: { text: string; start: number }, forbidden: string, required: string, lang: BaseLang, target: string): string | undefined {
  const written = hit.text.toLowerCase();
  const base = forbidden.toLowerCase();
  let replacement: string | undefined;
  if (written === base) replacement = required;
  else if (lang === 'en' && (written === `${base}s` || written === `${base}es` || written === `${base.slice(0, -1)}ies`)) {
    // Only the last word of a term takes the plural.
    replacement = /[^aeiou]y$/iu.test(required) ? `${required.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/iu.test(required) ? `${required}es` : `${required}s`;
  }
  // German inflected forms (Verträgen) cannot be carried over to another word without knowing its gender.
  if (replacement === undefined) return undefined;
  return capitaliseLike(replacement, hit.text, isSentenceStart(target, hit.start));
}

export const glossaryCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (isBlank(target) || ctx.glossary.length === 0) return [];
  const out: Finding[] = [];
  for (const entry of ctx.glossary) {
    if (isBlank(entry.source) || isBlank(entry.target)) continue;
    const c = compile(entry, ctx.sourceLang, ctx.targetLang);
    const inSource = spans(c.source, source);
    if (inSource.length === 0) continue;
    const sourceSpans = inSource.map(({ start, end }) => ({ start, end }));
    const required = spans(c.target, target);
    const forbiddenHits = c.forbidden.flatMap((f) => spans(f.re, target).map((hit) => ({ hit, term: f.term })))
      // A forbidden variant inside the required term ("key" in "key account") is no violation.
      .filter(({ hit }) => !required.some((r) => r.start <= hit.start && hit.end <= r.end));
    const note = entry.note ? ` (${entry.note})` : '';
    if (forbiddenHits.length > 0) {
      for (const { hit, term } of forbiddenHits) {
        const replacement = replacementFor(hit, term, entry.target, ctx.targetLang, target);
        const sp = { start: hit.start, end: hit.end };
        const fix: Fix | undefined = replacement ? { side: 'target', span: sp, replacement, label: `Replace with "${replacement}"` } : undefined;
        out.push(ruleFinding('glossary.forbidden', {
          side: 'both', sourceSpans, targetSpans: [sp],
          message: `The glossary renders "${entry.source}" as "${entry.target}"; "${hit.text}" is not to be used${note}.`,
          ...(fix ? { fix } : {}),
        }));
      }
      continue;
    }
    if (required.length > 0) continue;
    out.push(ruleFinding('glossary.missing', {
      side: 'source', sourceSpans, targetSpans: [],
      message: `The glossary renders "${entry.source}" as "${entry.target}", which the translation does not use${note}.`,
    }));
  }
  return out;
};
