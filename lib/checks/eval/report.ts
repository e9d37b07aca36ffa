/** Prints an evaluation as plain-text tables for the terminal, and as a JSON-ready object. */
import { groupBy } from '../../group-by';
import { CATEGORIES, type Category } from '../types';
import { GOLD_CATEGORIES } from './dataset';
import type { Prf } from './metrics';
import type { Evaluation } from './run';

const pct = (v: number | null): string => (v === null ? '    –' : (v * 100).toFixed(1).padStart(5));
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Rows as aligned columns: the first left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

const prfCells = (p: Prf): string[] => [pct(p.precision), pct(p.recall), pct(p.f1)];

export function formatEvaluation(name: string, e: Evaluation, examplesPerCheck = 4): string {
  const gold = new Map<string, number>(GOLD_CATEGORIES.map((c) => [c, 0]));
  for (const s of e.segments) for (const g of s.gold) gold.set(g.category, (gold.get(g.category) ?? 0) + 1);
  const findings = e.segments.reduce((n, s) => n + s.findings.length, 0);
  const withErrors = e.segments.filter((s) => s.gold.length > 0).length;
  const docs = new Set(e.segments.map((s) => s.segment.doc)).size;

  const lines: string[] = [];
  const clean = e.segments.filter((s) => s.gold.length === 0);
  const cleanFlagged = clean.filter((s) => s.findings.length > 0).length;
  lines.push(`== ${name}: ${e.segments.length} segments in ${docs} documents, ${withErrors} with gold errors; ${findings} findings`);
  lines.push(`   clean segments flagged: ${cleanFlagged} of ${clean.length} (${pct(clean.length ? cleanFlagged / clean.length : null).trim()} %)`);
  lines.push('');
  const rows: string[][] = [['category', 'gold', 'char P', 'char R', 'char F1', 'seg TP/FP/FN', 'seg P', 'seg R', 'seg F1']];
  for (const c of ['any', ...CATEGORIES] as Array<Category | 'any'>) {
    const ch = e.characters[c];
    const sg = e.bySegment[c];
    const n = c === 'any' ? e.segments.reduce((k, s) => k + s.gold.length, 0) : (gold.get(c) ?? 0);
    rows.push([c, String(n), ...prfCells(ch), `${sg.tp}/${sg.fp}/${sg.fn}`, ...prfCells(sg)]);
  }
  rows.push(['other (not scored)', String(gold.get('other') ?? 0), '', '', '', '', '', '', '']);
  lines.push(table(rows));
  lines.push('');

  const checkRows: string[][] = [['check', 'findings', 'hit same cat', 'hit any', 'on clean seg', 'hit rate']];
  const checks = [...e.checks.entries()].sort((a, b) => b[1].findings - a[1].findings);
  for (const [id, t] of checks) {
    checkRows.push([id, String(t.findings), String(t.hits), String(t.hitsAny), String(t.onCleanSegments), pct(t.findings ? t.hits / t.findings : null)]);
  }
  lines.push(checks.length ? table(checkRows) : '(no findings)');
  lines.push('');

  lines.push('Top false positives (findings touching no gold error), by check:');
  const byCheck = groupBy(e.falsePositives, (fp) => fp.finding.check);
  for (const [id, list] of [...byCheck.entries()].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${id} (${list.length}):`);
    // One example per flagged text: ten copies of one dictionary gap teach less than four different ones.
    const seen = new Set<string>();
    const distinct = list.filter(({ finding: f, segment: s }) => {
      const key = [...f.sourceSpans.map((sp) => s.source.slice(sp.start, sp.end)), '|', ...f.targetSpans.map((sp) => s.target.slice(sp.start, sp.end))].join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const { finding: f, segment: s } of distinct.slice(0, examplesPerCheck)) {
      const marked = [
        ...f.sourceSpans.map((sp) => `src «${s.source.slice(sp.start, sp.end)}»`),
        ...f.targetSpans.map((sp) => `tgt «${s.target.slice(sp.start, sp.end)}»`),
      ].map((m) => clip(m, 60));
      lines.push(`    - [${s.id}] ${f.category}: ${marked.join(', ')} — ${clip(f.message, 110)}`);
      lines.push(`        S: ${clip(s.source, 150)}`);
      lines.push(`        T: ${clip(s.target, 150)}`);
    }
  }
  lines.push('');
  lines.push('Missed gold errors (no finding of their category touches them), by category:');
  const byCategory = groupBy(e.missed, (m) => m.error.category);
  for (const [category, list] of [...byCategory.entries()].sort((a, b) => b[1].length - a[1].length)) {
    const shown = list.slice(0, examplesPerCheck).map(({ error: g, segment: s }) => {
      const text = (g.side === 'source' ? s.source : s.target).slice(g.start, g.end);
      return `${g.side === 'source' ? 'src' : 'tgt'} «${clip(text, 40)}» [${s.id}]`;
    });
    lines.push(`  ${category} (${list.length}): ${shown.join('; ')}`);
  }
  return lines.join('\n');
}

/** The numbers only, for --json: scores per category and per check. */
export function evaluationJson(e: Evaluation): unknown {
  return {
    segments: e.segments.length,
    findings: e.segments.reduce((n, s) => n + s.findings.length, 0),
    characters: e.characters,
    bySegment: e.bySegment,
    checks: Object.fromEntries(e.checks),
    falsePositives: e.falsePositives.length,
    missed: e.missed.length,
  };
}
