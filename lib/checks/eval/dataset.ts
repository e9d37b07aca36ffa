/** The annotated development sets: their record type, reading them from JSON lines, and writing span-marked text. */
import { groupBy } from '../../group-by';
import type { BaseLang } from '../../lang';
import { CATEGORIES, type Category } from '../types';

/** 'other' holds annotated errors no check is meant to find (style, register, non-translation). */
export type GoldCategory = Category | 'other';
export const GOLD_CATEGORIES: readonly GoldCategory[] = [...CATEGORIES, 'other'];

export const GOLD_SEVERITIES = ['neutral', 'minor', 'major', 'critical'] as const;
export type GoldSeverity = (typeof GOLD_SEVERITIES)[number];

/** One annotated error: a half-open range [start, end) of UTF-16 code units on one side of the segment. */
export interface GoldError {
  side: 'source' | 'target';
  start: number;
  end: number;
  category: GoldCategory;
  severity: GoldSeverity;
}

/** One line of a dev set. Segments of one `doc` are checked together, in file order. */
export interface EvalSegment {
  id: string;
  doc: string;
  source: string;
  target: string;
  sourceLang: BaseLang;
  targetLang: BaseLang;
  errors: GoldError[];
}

const isLang = (v: unknown): v is BaseLang => v === 'de' || v === 'en';

/** Validates one parsed record; the message names the line so a hand edit that breaks a span is found at once. */
function toSegment(value: unknown, line: number): EvalSegment {
  const fail = (why: string): never => {
    throw new Error(`dev set line ${line}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const r = value as Record<string, unknown>;
  const { id, doc, source, target, sourceLang, targetLang, errors } = r;
  if (typeof id !== 'string' || typeof doc !== 'string') return fail('id and doc must be strings');
  if (typeof source !== 'string' || typeof target !== 'string') return fail('source and target must be strings');
  if (!isLang(sourceLang) || !isLang(targetLang)) return fail('sourceLang and targetLang must be "de" or "en"');
  if (!Array.isArray(errors)) return fail('errors must be an array');
  const checked = errors.map((e: unknown): GoldError => {
    if (typeof e !== 'object' || e === null) return fail('error is not an object');
    const { side, start, end, category, severity } = e as Record<string, unknown>;
    if (side !== 'source' && side !== 'target') return fail(`bad side ${String(side)}`);
    const text = side === 'source' ? source : target;
    if (typeof start !== 'number' || typeof end !== 'number' || !(0 <= start && start <= end && end <= text.length)) {
      return fail(`span ${String(start)}–${String(end)} outside the ${side} (${text.length} chars)`);
    }
    if (!GOLD_CATEGORIES.includes(category as GoldCategory)) return fail(`unknown category ${String(category)}`);
    if (!GOLD_SEVERITIES.includes(severity as GoldSeverity)) return fail(`unknown severity ${String(severity)}`);
    return { side, start, end, category: category as GoldCategory, severity: severity as GoldSeverity };
  });
  return { id, doc, source, target, sourceLang, targetLang, errors: checked };
}

export function parseDevSet(jsonl: string): EvalSegment[] {
  const out: EvalSegment[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() !== '') out.push(toSegment(JSON.parse(line), i + 1));
  });
  return out;
}

export function formatDevSet(segments: readonly EvalSegment[]): string {
  return segments.map((s) => JSON.stringify(s)).join('\n') + '\n';
}

/** Segments grouped by doc, each group in file order (the order the checks see them in). */
export function byDocument(segments: readonly EvalSegment[]): Map<string, EvalSegment[]> {
  return groupBy(segments, (s) => s.doc);
}

export interface MarkedSpan {
  start: number;
  end: number;
  category: GoldCategory;
  severity: GoldSeverity;
}

const MARK = /⟦([^⟦⟧]*)⟧\{([^{}\s]+)(?:\s+([a-z]+))?\}/gu;

/** Short names for hand annotation; the full category names work too. */
const ALIASES: Record<string, GoldCategory> = {
  mis: 'accuracy/mistranslation',
  om: 'accuracy/omission',
  add: 'accuracy/addition',
  untr: 'accuracy/untranslated',
  gram: 'fluency/grammar',
  spell: 'fluency/spelling',
  punct: 'fluency/punctuation',
  term: 'terminology',
  loc: 'locale-convention',
  src: 'source-quality',
};

/**
 * Turns „The ⟦2019⟧{mis minor} figures“ into the plain text and its spans, so offsets are computed,
 * never counted by hand. Severity defaults to major; a mark that does not parse is an error, not text.
 */
export function unmark(marked: string): { text: string; spans: MarkedSpan[] } {
  const spans: MarkedSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, inner = '', name = '', severity = 'major'] = m;
    const category = ALIASES[name] ?? name;
    text += marked.slice(last, m.index);
    if (!GOLD_CATEGORIES.includes(category as GoldCategory)) throw new Error(`unknown category "${category}" in: ${marked}`);
    if (!GOLD_SEVERITIES.includes(severity as GoldSeverity)) throw new Error(`unknown severity "${severity}" in: ${marked}`);
    spans.push({ start: text.length, end: text.length + inner.length, category: category as GoldCategory, severity: severity as GoldSeverity });
    text += inner;
    last = m.index + whole.length;
  }
  text += marked.slice(last);
  if (/[⟦⟧]/u.test(text)) throw new Error(`unbalanced or malformed mark in: ${marked}`);
  return { text, spans };
}

/**
 * Reads the hand-written set: `= doc` starts a document, then pairs of `S source` and `T target` lines, both
 * with ⟦…⟧{category severity} marks; `#` lines are comments. Ids are doc.1, doc.2, … in order.
 */
export function parseMarkedSet(text: string, sourceLang: BaseLang, targetLang: BaseLang): EvalSegment[] {
  const out: EvalSegment[] = [];
  let doc: string | null = null;
  let pendingSource: string | null = null;
  let n = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    const fail = (why: string): never => {
      throw new Error(`marked set line ${i + 1}: ${why}`);
    };
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('= ')) {
      if (pendingSource !== null) fail('source without target');
      doc = line.slice(2).trim();
      n = 0;
      return;
    }
    if (line.startsWith('S ')) {
      if (doc === null) fail('segment before the first "= doc" line');
      if (pendingSource !== null) fail('two sources in a row');
      pendingSource = line.slice(2);
      return;
    }
    if (line.startsWith('T ')) {
      if (doc === null || pendingSource === null) return fail('target without source');
      const source = unmark(pendingSource);
      const target = unmark(line.slice(2));
      n++;
      out.push({
        id: `${doc}.${n}`,
        doc,
        source: source.text,
        target: target.text,
        sourceLang,
        targetLang,
        errors: [
          ...source.spans.map((s) => ({ side: 'source' as const, ...s })),
          ...target.spans.map((s) => ({ side: 'target' as const, ...s })),
        ],
      });
      pendingSource = null;
      return;
    }
    fail(`unexpected line: ${line}`);
  });
  return out;
}
