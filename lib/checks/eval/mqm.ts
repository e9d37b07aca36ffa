/** Converts Google's WMT MQM annotations (one TSV row per error, spans marked with <v>…</v>) into dev-set segments. */
import type { BaseLang } from '../../lang';
import type { EvalSegment, GoldCategory, GoldError, GoldSeverity } from './dataset';

/** One annotation row: one rater's one error (or "No-error") on one system's translation of one source segment. */
export interface MqmRow {
  system: string;
  doc: string;
  segId: string;
  rater: string;
  source: string;
  target: string;
  category: string;
  severity: string;
}

/** MQM category (as written in the TSV) → ours; null for "No-error". Unlisted ones (Style/*, Other, Fluency/Register…) are 'other'. */
export function mqmCategory(mqm: string): GoldCategory | null {
  const c = mqm.trim().toLowerCase();
  if (c === 'no-error') return null;
  const exact: Record<string, GoldCategory> = {
    'accuracy/mistranslation': 'accuracy/mistranslation',
    'accuracy/omission': 'accuracy/omission',
    'accuracy/addition': 'accuracy/addition',
    'accuracy/untranslated text': 'accuracy/untranslated',
    'fluency/grammar': 'fluency/grammar',
    'fluency/spelling': 'fluency/spelling',
    'fluency/punctuation': 'fluency/punctuation',
  };
  const hit = exact[c];
  if (hit) return hit;
  if (c.startsWith('terminology')) return 'terminology';
  if (c.startsWith('locale convention')) return 'locale-convention';
  if (c.startsWith('source error')) return 'source-quality';
  return 'other';
}

export function mqmSeverity(mqm: string): GoldSeverity {
  const s = mqm.trim().toLowerCase();
  return s === 'major' ? 'major' : s === 'critical' ? 'critical' : s === 'neutral' ? 'neutral' : 'minor';
}

/** Removes <v>…</v> marks, returning the plain text and the marked ranges in it. */
export function stripMarks(marked: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  let open: number | null = null;
  for (const part of marked.split(/(<\/?v>)/u)) {
    if (part === '<v>') open = text.length;
    else if (part === '</v>') {
      if (open !== null) spans.push({ start: open, end: text.length });
      open = null;
    } else text += part;
  }
  return { text, spans };
}

/**
 * Reads the transcribed excerpt: `@ || doc || seg_id || source` opens a source segment, then one
 * `system || rater || target || category || severity` line per TSV row.
 */
export function parseMqmExcerpt(text: string): MqmRow[] {
  const rows: MqmRow[] = [];
  let current: { doc: string; segId: string; source: string } | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const cols = line.split(' || ');
    if (cols[0] === '@') {
      const [, doc, segId, source] = cols;
      if (cols.length !== 4 || !doc || !segId || source === undefined) throw new Error(`excerpt line ${i + 1}: bad segment header`);
      current = { doc, segId, source };
      return;
    }
    const [system, rater, target, category, severity] = cols;
    if (cols.length !== 5 || !current || !system || !rater || target === undefined || !category || !severity) {
      throw new Error(`excerpt line ${i + 1}: expected "system || rater || target || category || severity" after a header`);
    }
    rows.push({ ...current, system, rater, target, category, severity });
  });
  return rows;
}

export interface MqmConversion {
  segments: EvalSegment[];
  /** Rows left out because another rater had already annotated that translation. */
  otherRaterRows: number;
}

/**
 * One dev segment per (system, source segment), documents per (system, talk) so document checks see one system's
 * whole text. Rows of a second rater are dropped: merging raters would mix two annotation styles and count shared
 * errors twice. The plain text of every row of one translation must agree, which catches transcription slips.
 */
export function mqmToSegments(rows: readonly MqmRow[], sourceLang: BaseLang, targetLang: BaseLang, idPrefix: string): MqmConversion {
  const bySegment = new Map<string, { rater: string; segment: EvalSegment }>();
  let otherRaterRows = 0;
  for (const row of rows) {
    const key = `${row.doc}\u0000${row.segId}\u0000${row.system}`;
    const source = stripMarks(row.source);
    const target = stripMarks(row.target);
    let entry = bySegment.get(key);
    if (!entry) {
      entry = {
        rater: row.rater,
        segment: {
          id: `${idPrefix}/${row.doc}/${row.system}/${row.segId}`,
          doc: `${idPrefix}/${row.doc}/${row.system}`,
          source: source.text,
          target: target.text,
          sourceLang,
          targetLang,
          errors: [],
        },
      };
      bySegment.set(key, entry);
    }
    if (entry.rater !== row.rater) {
      otherRaterRows++;
      continue;
    }
    const seg = entry.segment;
    if (seg.source !== source.text || seg.target !== target.text) {
      throw new Error(`${seg.id}: rows disagree on the plain text:\n  ${seg.target}\n  ${target.text}`);
    }
    const category = mqmCategory(row.category);
    if (category === null) continue;
    const severity = mqmSeverity(row.severity);
    const add = (side: GoldError['side'], spans: Array<{ start: number; end: number }>) => {
      for (const s of spans) seg.errors.push({ side, start: s.start, end: s.end, category, severity });
    };
    add('source', source.spans);
    add('target', target.spans);
    // An error with no marked span (Non-translation marks none) covers the whole target.
    if (source.spans.length === 0 && target.spans.length === 0) add('target', [{ start: 0, end: seg.target.length }]);
  }
  return { segments: [...bySegment.values()].map((e) => e.segment), otherRaterRows };
}
