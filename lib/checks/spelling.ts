/**
 * Spelling check: words the German or English dictionary does not know, in the translation and in the source.
 * Its findings carry no fix: suggestions are looked up when the reviewer opens one (GET /api/spelling/suggestions).
 */
import type { BaseLang } from '../lang';
import { ruleFinding } from './rules/catalogue';
import type { CheckContext, Finding, SegmentCheck, SegmentInput } from './types';
import { isDictionaryName, isHyphenPrefix, isKnownWord, MAX_WORD } from './dictionaries';
import {
  ALL_CAPS,
  CAMEL_CASE,
  DIGIT,
  glossaryWords,
  hasWordForm,
  hyphenParts,
  isCapitalised,
  isNameWord,
  knownWord,
  oneEditFromWord,
  words,
  type Token,
} from './words';
import { isSentenceStart } from './text';

/**
 * An unknown word the other side carries too is a name or term (a plant's Latin name, a product), not a
 * typo: a misspelling is not copied into the translation. (A source word left in the target is the
 * untranslated check's business.)
 */
function onOtherSide(part: Token, otherText: string): boolean {
  return hasWordForm(otherText, part.facts.lower) || hasWordForm(otherText, part.facts.baseLower);
}

/**
 * An unknown capitalised word is taken for a name rather than a typo when it stands next to another
 * name (Lei Jun), or when no known word is one edit away.
 */
function looksLikeName(part: Token, text: string, lang: BaseLang, neighbours: Token[]): boolean {
  if (neighbours.some((n) => isCapitalised(n.text) && (!isKnownWord(lang, n.text) || isDictionaryName(lang, n.text)))) return true;
  if (isNameWord(part, lang, text) && lang === 'en') return true;
  return !oneEditFromWord(lang, part);
}

function misspellings(segment: SegmentInput, ctx: CheckContext, side: 'source' | 'target'): Finding[] {
  const text = side === 'source' ? segment.source : segment.target;
  const lang = side === 'source' ? ctx.sourceLang : ctx.targetLang;
  const otherText = side === 'source' ? segment.target : segment.source;
  const glossary = glossaryWords(ctx, side);
  const tokens = words(text);
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // A token longer than any word (a run of letters, a chain of hyphenated parts) is no spelling mistake to judge.
    if (token.text.length < 2 || token.text.length > MAX_WORD || token.facts.shape & (DIGIT | ALL_CAPS)) continue;
    if (glossary.has(token.facts.lower) || knownWord(lang, token)) continue;
    for (const part of hyphenParts(token)) {
      const word = part.text;
      if (word.length < 2 || part.facts.shape & (DIGIT | ALL_CAPS | CAMEL_CASE)) continue;
      if (glossary.has(part.facts.lower) || knownWord(lang, part)) continue;
      if (part.end < token.end && isHyphenPrefix(word)) continue;
      // At a sentence start an English word is capitalised anyway: judge it in lower case.
      if (lang === 'en' && isSentenceStart(text, part.start) && isKnownWord(lang, word.toLowerCase())) continue;
      if (onOtherSide(part, otherText)) continue;
      const neighbours = [tokens[index - 1], tokens[index + 1]].filter((t): t is Token => t !== undefined);
      if (isCapitalised(word) && looksLikeName(part, text, lang, neighbours)) continue;
      const span = { start: part.start, end: part.end };
      findings.push(ruleFinding(side === 'source' ? 'spelling.source' : 'spelling.target', {
        side,
        sourceSpans: side === 'source' ? [span] : [],
        targetSpans: side === 'target' ? [span] : [],
        message: `“${word}” is not in the ${lang === 'de' ? 'German' : 'English'} dictionary; it may be misspelled.`,
      }));
    }
  }
  return findings;
}

export const spellingCheck: SegmentCheck = (segment, ctx) => {
  const findings = misspellings(segment, ctx, 'source');
  if (segment.target.trim() !== '') findings.push(...misspellings(segment, ctx, 'target'));
  return findings;
};
