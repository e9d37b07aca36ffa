/**
 * Pairs a man page's German translation with its English original: sections and paragraphs by order where
 * their counts agree, then sentences where a paragraph pair splits into as many sentences on both sides.
 */
import { segmentText } from '../segment';
import type { RoffSection } from './roff';

/** Sections one side adds that the other has no counterpart for: the translators' credits, the project colophon. */
const EXTRA_SECTIONS = /^(ÜBERSETZUNG|COLOPHON|KOLOPHON)$/i;

export interface ParagraphPair {
  de: string;
  en: string;
}

/** How far a page got: sections paired at all, and paragraphs paired out of the English ones. */
export interface PageParagraphs {
  pairs: ParagraphPair[];
  sectionsMatched: boolean;
  paragraphsEn: number;
}

/**
 * Paragraph pairs of one page. Sections are paired by position once the credit sections are left out; a
 * section whose paragraph counts differ gives nothing, since a paragraph off by one shifts every pair after it.
 */
export function pairParagraphs(de: readonly RoffSection[], en: readonly RoffSection[]): PageParagraphs {
  const paragraphsEn = en.reduce((n, s) => n + s.paragraphs.length, 0);
  let deSections = de;
  let enSections = en;
  if (deSections.length !== enSections.length) {
    deSections = de.filter((s) => !EXTRA_SECTIONS.test(s.heading));
    enSections = en.filter((s) => !EXTRA_SECTIONS.test(s.heading));
  }
  if (deSections.length !== enSections.length) return { pairs: [], sectionsMatched: false, paragraphsEn };
  const pairs: ParagraphPair[] = [];
  deSections.forEach((section, i) => {
    const other = enSections[i]!;
    if (section.paragraphs.length !== other.paragraphs.length) return;
    section.paragraphs.forEach((p, k) => pairs.push({ de: p, en: other.paragraphs[k]! }));
  });
  return { pairs, sectionsMatched: true, paragraphsEn };
}

/** Sentences of one paragraph as the app segments a plain-text document. */
function sentencesOf(text: string, lang: 'de' | 'en'): string[] {
  return segmentText(text, lang, 'txt').flatMap((block) => block.sentences);
}

/** Sentence pairs of one paragraph pair, or none when the two sides split into different numbers of sentences. */
export function pairSentences(pair: ParagraphPair): ParagraphPair[] {
  const de = sentencesOf(pair.de, 'de');
  const en = sentencesOf(pair.en, 'en');
  if (de.length !== en.length) return [];
  return de.map((s, i) => ({ de: s, en: en[i]! }));
}

/** Why a sentence pair is not kept; null for a clean pair. */
export type RejectReason =
  | 'leftover'
  | 'short'
  | 'not-prose'
  | 'url'
  | 'ratio'
  | 'digits'
  | 'identical'
  | 'untranslated';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Characters of command syntax, option lists, paths and code. */
const SYNTAX = /[{}[\]<>|=$;_/*#@&^~]/g;
const URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+/g;

const words = (text: string) => text.match(WORD) ?? [];
const letterWords = (text: string) => words(text).filter((w) => /\p{L}{2}/u.test(w));

function looksLikeProse(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  const syntax = (visible.match(SYNTAX) ?? []).length;
  // Options, commands and file names: a leading dash, many syntax characters, or too few letters.
  if (/^[-–•*+]|^\S+\(\d\w*\)$/.test(text)) return false;
  return letters / visible.length >= 0.75 && syntax <= 2;
}

/** Digit runs of a text, sorted: a translation keeps every number. */
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort().join(' ');

/**
 * Whether a sentence pair is clean enough to serve as a correct translation: real prose of five or more
 * words on both sides, no roff leftovers, a plausible length ratio, the same numbers, and actually translated.
 */
export function rejectReason(de: string, en: string): RejectReason | null {
  if (/\\|^[.']|\uFFFD/.test(de) || /\\|^[.']|\uFFFD/.test(en)) return 'leftover';
  const deNoUrl = de.replace(URL, ' ');
  const enNoUrl = en.replace(URL, ' ');
  if (deNoUrl !== de || enNoUrl !== en) {
    if (letterWords(deNoUrl).length < 5 || letterWords(enNoUrl).length < 5) return 'url';
  }
  if (letterWords(de).length < 5 || letterWords(en).length < 5) return 'short';
  if (!looksLikeProse(deNoUrl) || !looksLikeProse(enNoUrl)) return 'not-prose';
  const ratio = de.length / en.length;
  if (ratio < 0.65 || ratio > 2.2) return 'ratio';
  if (digits(de) !== digits(en)) return 'digits';
  if (de.toLowerCase() === en.toLowerCase()) return 'identical';
  // Half or more of the German words found among the English ones: a passage left in English.
  const enWords = new Set(letterWords(en).map((w) => w.toLowerCase()));
  const deWords = letterWords(de).map((w) => w.toLowerCase());
  const shared = deWords.filter((w) => enWords.has(w)).length;
  if (shared / deWords.length >= 0.5) return 'untranslated';
  return null;
}
