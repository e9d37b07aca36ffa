/** Untranslated check: source-language words left in the translation, or a translation that is the source. */
import type { Finding, SegmentCheck, Span } from './types';
import { isCommonWord, isDictionaryName, isKnownWord } from './dictionaries';
import { glossaryWords, hasDigit, hyphenParts, isAllCaps, isCamelCase, isCapitalised, startsSentence, words } from './words';

const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A word of the source language that the target language does not have: never a name or a cognate. */
function isSourceOnlyWord(word: string, from: 'de' | 'en', to: 'de' | 'en'): boolean {
  if (word.length < 3 || hasDigit(word) || isAllCaps(word) || isCamelCase(word)) return false;
  if (isDictionaryName(from, word)) return false;
  if (!isCommonWord(from, word)) return false;
  return !isKnownWord(to, word) && !isKnownWord(to, word.toLowerCase());
}

export const untranslatedCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (target.trim() === '') return [];
  const from = ctx.sourceLang;
  const to = ctx.targetLang;

  const sourceWords = words(source);
  if (normalise(source) === normalise(target) && sourceWords.length >= 3) {
    // Product names and figures stay as they are; only a sentence with real source-language words counts.
    if (sourceWords.some((w) => hyphenParts(w).some((p) => isSourceOnlyWord(p.text, from, to)))) {
      return [
        {
          check: 'untranslated',
          category: 'accuracy/untranslated',
          severity: 'critical',
          side: 'both',
          sourceSpans: [{ start: 0, end: source.length }],
          targetSpans: [{ start: 0, end: target.length }],
          message: 'The translation is the source text, unchanged.',
        },
      ];
    }
    return [];
  }

  // English capitalises a word inside a sentence only when it is a name (Snapdragon, Apple): keep those.
  const englishNames = new Set(
    from === 'en' ? sourceWords.filter((w) => isCapitalised(w.text) && !startsSentence(source, w.start)).map((w) => w.text) : [],
  );
  const glossary = glossaryWords(ctx, 'target');
  const findings: Finding[] = [];
  for (const token of words(target)) {
    if (token.text.length < 3 || hasDigit(token.text) || englishNames.has(token.text)) continue;
    if (glossary.has(token.text.toLowerCase()) || isKnownWord(to, token.text)) continue;
    for (const part of hyphenParts(token)) {
      if (!isSourceOnlyWord(part.text, from, to)) continue;
      const lower = part.text.toLowerCase();
      const sourceSpans: Span[] = sourceWords
        .flatMap((w) => hyphenParts(w))
        .filter((w) => w.text.toLowerCase() === lower)
        .map(({ start, end }) => ({ start, end }));
      // Found in the source too, it was surely left over; otherwise it may be a loanword the translator chose.
      findings.push({
        check: 'untranslated',
        category: 'accuracy/untranslated',
        severity: sourceSpans.length > 0 ? 'major' : 'minor',
        side: sourceSpans.length > 0 ? 'both' : 'target',
        sourceSpans,
        targetSpans: [{ start: part.start, end: part.end }],
        message: `“${part.text}” is ${from === 'de' ? 'a German' : 'an English'} word left untranslated.`,
      });
    }
  }
  return findings;
};
