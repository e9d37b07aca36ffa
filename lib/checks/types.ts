/** What a check reports: a Finding, with its category, severity and spans in source and target. */
import type { BaseLang } from '../lang';

/** A half-open range [start, end) of UTF-16 code units in a segment's text. */
export interface Span {
  start: number;
  end: number;
}

/** MQM-style categories. */
export const CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'fluency/grammar',
  'fluency/spelling',
  'fluency/punctuation',
  'terminology',
  'locale-convention',
  'source-quality',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Side = 'source' | 'target' | 'both';

/** A replacement the reviewer can apply with one click. */
export interface Fix {
  side: 'source' | 'target';
  span: Span;
  replacement: string;
  /** Short label for the button, e.g. 'Replace with "measure"'. */
  label: string;
}

export interface Finding {
  /** Id of the check that produced it, e.g. 'numbers', 'garbled-source'. */
  check: string;
  /** Id of the rule in the catalogue (lib/checks/rules/data), e.g. 'numbers.value-changed'. */
  rule?: string;
  category: Category;
  severity: Severity;
  side: Side;
  sourceSpans: Span[];
  targetSpans: Span[];
  /** What is wrong, in plain words, for the reviewer. */
  message: string;
  fix?: Fix;
  /**
   * Findings of one segment that report one problem from both sides share this key (a garble in the source
   * and its copy in the translation): the UI selects and highlights them together.
   */
  group?: string;
}

/** One segment as the checks see it. */
export interface SegmentInput {
  id: number;
  /** Position of the segment's paragraph (block) in the document. */
  paragraph: number;
  source: string;
  /** Current target text; '' when not yet translated. */
  target: string;
}

export interface GlossaryEntry {
  /** Term in the source language (German for DE→EN). */
  source: string;
  /** Required rendering in the target language. */
  target: string;
  /** Renderings that must not be used. */
  forbidden: string[];
  note?: string;
}

export interface CheckContext {
  sourceLang: BaseLang;
  targetLang: BaseLang;
  glossary: GlossaryEntry[];
}

/** A check over one segment at a time. */
export type SegmentCheck = (segment: SegmentInput, ctx: CheckContext) => Finding[];

/** A check over the whole document (consistency, entity contradictions); returns findings per segment id. */
export type DocumentCheck = (segments: SegmentInput[], ctx: CheckContext) => Map<number, Finding[]>;
