/** Untranslated check: source-language words left in the translation, or a translation that is the source. */
import { hasEntry, lookup } from '../lexicon';
import { collapseSpace, isBlank } from '../segment/words';
import { ruleFinding } from './rules/catalogue';
import type { Finding, SegmentCheck, Span } from './types';
import { isCommonWord, isDictionaryName, isKnownWord, isWrittenGerman } from './dictionaries';
import { DIGIT, glossaryWords, hasDigit, hyphenParts, isAllCaps, isCamelCase, isCapitalised, knownWord, overlapsInOrder, PLACE_ENDING, words, type Token } from './words';
import { NAMING_NOUNS } from './data';
import { codeSpans, isSentenceStart, quotedSpans } from './text';

/** A word of the source language that the target language does not have: never a name or a cognate. */
function isSourceOnlyWord(word: string, from: 'de' | 'en', to: 'de' | 'en'): boolean {
  if (word.length < 3 || hasDigit(word) || isAllCaps(word) || isCamelCase(word)) return false;
  if (isDictionaryName(from, word)) return false;
  if (!isCommonWord(from, word)) return false;
  return !targetHas(word, to);
}

/** The target language has the word as written (German: see isWrittenGerman). */
function targetHas(word: string, to: 'de' | 'en'): boolean {
  if (to === 'de') return isWrittenGerman(word);
  return isKnownWord(to, word) || isKnownWord(to, word.toLowerCase());
}

export const untranslatedCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (isBlank(target)) return [];
  const from = ctx.sourceLang;
  const to = ctx.targetLang;

  const sourceWords = words(source);
  if (collapseSpace(source) === collapseSpace(target) && sourceWords.length >= 3) {
    // Product names and figures stay as they are; only a sentence with real source-language words counts.
    if (sourceWords.some((w) => hyphenParts(w).some((p) => isSourceOnlyWord(p.text, from, to)))) {
      return [
        ruleFinding('untranslated.copied-source', {
          sourceSpans: [{ start: 0, end: source.length }],
          targetSpans: [{ start: 0, end: target.length }],
          message: 'The translation is the source text, unchanged.',
        }),
      ];
    }
    return [];
  }

  // English capitalises a word inside a sentence only when it is a name (Snapdragon, Apple): keep those.
  const englishNames = new Set(
    from === 'en' ? sourceWords.filter((w) => isCapitalised(w.text) && !isSentenceStart(source, w.start)).map((w) => w.text) : [],
  );
  const glossary = glossaryWords(ctx, 'target');
  const findings: Finding[] = [];
  const targetWords = words(target);
  // Names of things the translator copies: file names, options, paths, identifiers, quoted values.
  const copied = [...codeSpans(target), ...quotedSpans(target)].sort((a, b) => a.start - b.start);
  const inCopied = overlapsInOrder(copied);
  const sourceTokens = new Set(sourceWords.map((w) => w.text));
  for (let index = 0; index < targetWords.length; index++) {
    const token = targetWords[index]!;
    if (token.text.length < 3 || token.facts.shape & DIGIT || englishNames.has(token.text)) continue;
    if (glossary.has(token.facts.lower) || (to === 'de' ? isWrittenGerman(token.text) : knownWord(to, token))) continue;
    if (inCopied(token.start, token.end)) continue;
    if (from === 'de' && to === 'en' && inNameRun(target, targetWords, index)) continue;
    // A hyphenated word the source has as it is (apt-get, set-user-ID) is a name or a command, copied whole.
    if (token.text.includes('-') && sourceTokens.has(token.text)) continue;
    const parts = hyphenParts(token);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      if (!isSourceOnlyWord(part.text, from, to) || sameInBothLanguages(part.text, from)) continue;
      if (from === 'de' && isGermanPlaceName(part, target, sourceWords)) continue;
      if (from === 'en' && isSharedTerm(part, target, sourceWords)) continue;
      // German takes an English word into a compound before a German head ("control-Datei", "Capability-Menge").
      if (to === 'de' && p < parts.length - 1 && isGermanHead(parts[parts.length - 1]!, from)) continue;
      // The name of a command, option or value: after the noun naming its kind, or in a list of foreign words.
      if (to === 'de' && parts.length === 1 && (afterNamingNoun(target, targetWords, index) || inForeignList(target, targetWords, index))) continue;
      const lower = part.text.toLowerCase();
      const sourceSpans: Span[] = sourceWords
        .flatMap((w) => hyphenParts(w))
        .filter((w) => w.text.toLowerCase() === lower)
        .map(({ start, end }) => ({ start, end }));
      // Found in the source too, it was surely left over, unless German writes it as a noun of its own (the Unit, the
      // Thread: a capital inside the sentence) — a loanword, maybe chosen; not found there, it may be a loanword too.
      const rule =
        sourceSpans.length === 0 ? 'untranslated.foreign-word'
        : to === 'de' && isCapitalised(part.text) && !isSentenceStart(target, part.start) ? 'untranslated.loanword'
        : 'untranslated.source-word';
      findings.push(ruleFinding(rule, {
        sourceSpans,
        targetSpans: [{ start: part.start, end: part.end }],
        message: `“${part.text}” is ${from === 'de' ? 'a German' : 'an English'} word left untranslated.`,
      }));
    }
  }
  return findings;
};

const NAMING = new Set(NAMING_NOUNS.namingNouns);
const COORDINATORS = new Set(NAMING_NOUNS.coordinators);

/**
 * „der Befehl call“, „die Option bind“, „das Formatschlüsselwort comm“: a lower-case word right after a noun (or a
 * compound ending in one) that names a kind of thing is that thing's name, not a word of the sentence.
 */
function afterNamingNoun(text: string, tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const token = tokens[index]!;
  if (before === undefined || !isCapitalised(before.text) || isCapitalised(token.text) || text.slice(before.end, token.start) !== ' ') return false;
  const lower = before.facts.lower;
  if (NAMING.has(lower)) return true;
  for (const noun of NAMING) if (noun.length >= 4 && lower.endsWith(noun)) return true;
  return false;
}

/**
 * „enable und disable“, „none, gzip, xz und zstd“: a list of two or more words German does not have is a list of
 * names or values; a word left untranslated stands among German words.
 */
function inForeignList(text: string, tokens: Token[], index: number): boolean {
  const foreign = (other: Token | undefined) => other !== undefined && !(other.facts.shape & DIGIT) && !isWrittenGerman(other.text);
  return foreign(conjunct(text, tokens, index, -1)) || foreign(conjunct(text, tokens, index, 1));
}

/** The word joined to token `index` by a comma or a coordinator („und“, „oder“) on one side (-1 before, 1 after). */
function conjunct(text: string, tokens: Token[], index: number, side: -1 | 1): Token | undefined {
  const between = (a: Token, b: Token) => (side < 0 ? text.slice(b.end, a.start) : text.slice(a.end, b.start));
  const next = tokens[index + side];
  if (next === undefined) return undefined;
  if (/^\s*,\s*$/u.test(between(tokens[index]!, next))) return next;
  const beyond = tokens[index + 2 * side];
  if (!COORDINATORS.has(next.facts.lower) || beyond === undefined) return undefined;
  return /^\.?\s+$/u.test(side < 0 ? between(tokens[index]!, next) : between(next, beyond)) && /^\s+$/u.test(side < 0 ? between(next, beyond) : between(tokens[index]!, next)) ? beyond : undefined;
}

/** The last part of a hyphenated word is German: a word German knows that is not an English word left over itself. */
function isGermanHead(head: Token, from: 'de' | 'en'): boolean {
  return targetHas(head.text, 'de') && !isSourceOnlyWord(head.text, from, 'de');
}

/** The dictionary gives the word as its own translation (Freiburg, Phallus): English and German share it. */
function sameInBothLanguages(word: string, from: 'de' | 'en'): boolean {
  const lower = word.toLowerCase();
  return lookup(lower, from).includes(lower);
}

/**
 * English capitalises common words only at a sentence start: two capitalised words side by side
 * (Deutsche Bahn, Rote Armee Fraktion) are a name, not German left over.
 */
function inNameRun(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!isCapitalised(token.text)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    (before !== undefined && isCapitalised(before.text) && text.slice(before.end, token.start) === ' ') ||
    (after !== undefined && isCapitalised(after.text) && text.slice(token.end, after.start) === ' ')
  );
}


/**
 * A German place name kept in the English text: capitalised mid-sentence in both texts, unknown to
 * English and to the German–English dictionary as a word of its own, and shaped like a place name.
 */
function isGermanPlaceName(part: Token, target: string, sourceWords: Token[]): boolean {
  if (!isCapitalised(part.text) || isSentenceStart(target, part.start)) return false;
  if (!PLACE_ENDING.test(part.text) || hasEntry(part.text, 'de')) return false;
  return sourceWords.some((w) => hyphenParts(w).some((p) => p.text === part.text));
}

// Greek spelling (ph, th, rh, y) with a Latin or Greek ending: philodendron, eucalyptus, hypothesis.
const CLASSICAL = /(?:ph|th|rh|y)\p{L}*(?:us|um|on|ia|is|ae|ix|ex)$/u;

/**
 * A shared technical term German writes as a noun (Philodendron): lower-case in the English source,
 * capitalised in the German target, and with no German translation or a classical shape.
 */
function isSharedTerm(part: Token, target: string, sourceWords: Token[]): boolean {
  if (!isCapitalised(part.text) || isSentenceStart(target, part.start)) return false;
  const lower = part.text.toLowerCase();
  if (!CLASSICAL.test(lower) && lookup(lower, 'en').length > 0) return false;
  return sourceWords.some((w) => hyphenParts(w).some((p) => p.text === lower));
}
