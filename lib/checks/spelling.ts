/**
 * Spelling check: words the German or English dictionary does not know, in the translation and in the source.
 * Its findings carry no fix: suggestions are looked up when the reviewer opens one (GET /api/spelling/suggestions).
 */
import { wordReading, type Token as AnalysedToken } from '../analysis';
import type { BaseLang } from '../lang';
import { ruleFinding } from './rules/catalogue';
import type { CheckContext, Finding, SegmentCheck, SegmentInput } from './types';
import { isDictionaryName, isEnglishCompound, isGermanCompoundHead, isHyphenPrefix, isKnownWord, MAX_WORD } from './dictionaries';
import {
  ALL_CAPS,
  analysedTokens,
  CAMEL_CASE,
  DIGIT,
  glossaryWords,
  hasWordForm,
  hyphenParts,
  isCapitalised,
  isNameWord,
  knownWord,
  oneEditFromWord,
  overlapsInOrder,
  words,
  type Token,
} from './words';
import { codeSpans, isSentenceStart } from './text';

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
  const analysed = analysedTokens(text, lang);
  // File names, options, paths and identifiers are written as the system has them, not as the dictionary does.
  const inCode = overlapsInOrder(codeSpans(text));
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // A token longer than any word (a run of letters, a chain of hyphenated parts) is no spelling mistake to judge.
    if (token.text.length < 2 || token.text.length > MAX_WORD || token.facts.shape & (DIGIT | ALL_CAPS)) continue;
    if (glossary.has(token.facts.lower) || inCode(token.start, token.end)) continue;
    const reading = analysed(token.start, token.end);
    if (knownToAnalysis(reading, lang) || knownWord(lang, token)) continue;
    const parts = hyphenParts(token);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const word = part.text;
      if (word.length < 2 || part.facts.shape & (DIGIT | ALL_CAPS | CAMEL_CASE)) continue;
      if (glossary.has(part.facts.lower) || knownWord(lang, part)) continue;
      if (part.end < token.end && isHyphenPrefix(word)) continue;
      // "N-th", "i-ten": an ordinal ending after a one-letter variable.
      if (p > 0 && parts[p - 1]!.text.length === 1 && ORDINAL_ENDING.test(word)) continue;
      // "Ver-/Entschlüsseln", "Auslagerungs- und Swap-Dateien": the first part of a compound whose rest is left out.
      if (lang === 'de' && text.charAt(part.end) === '-' && part.end === token.end && isGermanCompoundHead(word)) continue;
      // At a sentence start an English word is capitalised anyway: judge it in lower case.
      const sentenceStart = reading?.sentenceStart ?? isSentenceStart(text, part.start);
      if (lang === 'en' && sentenceStart && isKnownWord(lang, word.toLowerCase())) continue;
      // "namespace", "filesystem", "unmount": English writes many compounds and prefixed words closed up; but a word
      // one edit from a dictionary word is a typo even where it splits ("availbale": "avail" + "bale").
      if (lang === 'en' && isEnglishCompound(word) && !oneEditFromWord(lang, part)) continue;
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

const ORDINAL_ENDING = /^(?:st|nd|rd|th|te|ten|tes|ter|tem)$/iu;

/**
 * The analysis lexicon knows the word: German full forms, compounds and inflected adjectives; in English a WordNet
 * lemma as it stands (its morphy rules also read a typo such as "steting" as "stet" + "-ing", so inflected forms are
 * left to the dictionary). A hyphenated word is the analysis's by its last part only, so its parts are judged here.
 */
function knownToAnalysis(token: AnalysedToken | undefined, lang: BaseLang): boolean {
  if (token === undefined || !token.known || token.text.includes('-')) return false;
  if (lang === 'en') return token.lemmas.includes(token.lower);
  // The German lexicon is read in lower case: a noun written without its capital ("das haus") is not known as written.
  return isCapitalised(token.text) || wordReading(token.text, 'de').readings.some((r) => r.pos !== 'noun' && r.pos !== 'propn');
}

export const spellingCheck: SegmentCheck = (segment, ctx) => {
  const findings = misspellings(segment, ctx, 'source');
  if (segment.target.trim() !== '') findings.push(...misspellings(segment, ctx, 'target'));
  return findings;
};
