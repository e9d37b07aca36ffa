/** The perturbation bench: its items, the rule for "detected" (a finding touching the change, absent on the control), and the figures per kind, split and direction. */
import { z } from 'zod';
import type { BaseLang } from '../../lang';
import { SEVERITIES, type CheckContext, type Finding, type Severity, type Span } from '../types';
import type { DocumentChecker } from './run';

const spanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.start <= s.end, 'span ends before it starts');

export const DIRECTIONS = ['de-en', 'en-de'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export const perturbItemSchema = z
  .object({
    id: z.string().min(1),
    kind: z.string().min(1),
    severity: z.enum(SEVERITIES),
    direction: z.enum(DIRECTIONS),
    split: z.enum(SPLITS),
    page: z.string(),
    /** The unchanged source sentence. */
    source: z.string(),
    /** The perturbed target. */
    target: z.string(),
    /** The original, correct target: the false-alarm control. */
    control: z.string(),
    change: z.object({ source: z.array(spanSchema), target: z.array(spanSchema) }),
  })
  .superRefine((item, ctx) => {
    const inside = (spans: Span[], text: string) => spans.every((s) => s.end <= text.length);
    if (!inside(item.change.source, item.source)) ctx.addIssue({ code: 'custom', message: 'source change span outside the source' });
    if (!inside(item.change.target, item.target)) ctx.addIssue({ code: 'custom', message: 'target change span outside the target' });
    if (item.change.target.length === 0) ctx.addIssue({ code: 'custom', message: 'no target change span' });
  });
export type PerturbItem = z.infer<typeof perturbItemSchema>;

/** Reads a bench file (JSON lines); the error names the line. */
export function parsePerturbSet(text: string): PerturbItem[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => {
      const parsed = perturbItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`perturbation bench line ${n}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return parsed.data;
    });
}

export function formatPerturbSet(items: readonly PerturbItem[]): string {
  return items.map((i) => JSON.stringify(i)).join('\n') + '\n';
}

export const langsOf = (d: Direction): { sourceLang: BaseLang; targetLang: BaseLang } =>
  d === 'de-en' ? { sourceLang: 'de', targetLang: 'en' } : { sourceLang: 'en', targetLang: 'de' };

/**
 * Two spans touch when they overlap; an empty span (the place of a removal) touches a span that contains it
 * or ends or starts at it.
 */
export function spansTouch(a: Span, b: Span): boolean {
  if (a.start < a.end && b.start < b.end) return a.start < b.end && b.start < a.end;
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Whether a finding's span touches a change span. An empty change span (a removal) reaches over the spaces
 * around it, so the words on both sides of the gap count as adjacent.
 */
export function touchesChange(span: Span, change: Span, text: string): boolean {
  if (change.start !== change.end) return spansTouch(span, change);
  let start = change.start;
  let end = change.end;
  while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  return span.start <= end && start <= span.end;
}

/** What makes two findings "the same" across the perturbed pair and its control: check, category and the text it marks. */
export function findingKey(f: Finding, source: string, target: string): string {
  const marked = (spans: Span[], text: string) => spans.map((s) => text.slice(s.start, s.end)).join('\u0001');
  return [f.check, f.category, marked(f.sourceSpans, source), marked(f.targetSpans, target)].join('\u0002');
}

/** The findings on the perturbed pair that detect its change: touching a change span, on either side, and not also raised on the control. */
export function detectingFindings(item: Pick<PerturbItem, 'source' | 'target' | 'control' | 'change'>, findings: readonly Finding[], controlFindings: readonly Finding[]): Finding[] {
  const onControl = new Set(controlFindings.map((f) => findingKey(f, item.source, item.control)));
  const touches = (spans: Span[], change: Span[], text: string) => spans.some((s) => change.some((c) => touchesChange(s, c, text)));
  return findings.filter(
    (f) =>
      (touches(f.sourceSpans, item.change.source, item.source) || touches(f.targetSpans, item.change.target, item.target)) &&
      !onControl.has(findingKey(f, item.source, item.target)),
  );
}

const MAJOR_OR_WORSE: ReadonlySet<Severity> = new Set(['major', 'critical']);

export interface ItemResult {
  item: PerturbItem;
  detected: boolean;
  /** Detected by a finding of major or critical severity. */
  detectedMajor: boolean;
  checks: string[];
}

export interface ControlResult {
  direction: Direction;
  split: Split;
  findings: Finding[];
}

export interface PerturbRun {
  items: ItemResult[];
  controls: ControlResult[];
}

/**
 * Checks every item and every distinct control as a document of its own segment (so no document-level check
 * sees the control beside its perturbed copy), and applies the detection rule.
 */
export function runPerturbBench(items: readonly PerturbItem[], check: DocumentChecker, onProgress?: (done: number, total: number) => void): PerturbRun {
  const checkOne = (source: string, target: string, direction: Direction): Finding[] => {
    const ctx: CheckContext = { ...langsOf(direction), glossary: [] };
    return check([{ id: 1, paragraph: 0, source, target }], ctx).get(1) ?? [];
  };
  const controls = new Map<string, ControlResult & { source: string; control: string }>();
  const out: ItemResult[] = [];
  items.forEach((item, n) => {
    const key = `${item.direction}\u0000${item.source}\u0000${item.control}`;
    let control = controls.get(key);
    if (!control) {
      control = { direction: item.direction, split: item.split, source: item.source, control: item.control, findings: checkOne(item.source, item.control, item.direction) };
      controls.set(key, control);
    }
    const hits = detectingFindings(item, checkOne(item.source, item.target, item.direction), control.findings);
    out.push({ item, detected: hits.length > 0, detectedMajor: hits.some((f) => MAJOR_OR_WORSE.has(f.severity)), checks: [...new Set(hits.map((f) => f.check))] });
    onProgress?.(n + 1, items.length);
  });
  return { items: out, controls: [...controls.values()].map(({ direction, split, findings }) => ({ direction, split, findings })) };
}

export interface Rate {
  n: number;
  detected: number;
  detectedMajor: number;
}

export interface FalseAlarms {
  controls: number;
  any: number;
  major: number;
  /** Per check: controls with a finding of it, and with a major or critical one. */
  byCheck: Record<string, { any: number; major: number }>;
}

export interface PerturbSummary {
  direction: Direction;
  split: Split;
  byKind: Record<string, Rate & { severity: Severity }>;
  bySeverity: Record<Severity, Rate>;
  /** Which checks detect each kind, and how often. */
  detectors: Record<string, Record<string, number>>;
  falseAlarms: FalseAlarms;
}

const emptyRate = (): Rate => ({ n: 0, detected: 0, detectedMajor: 0 });

function add(rate: Rate, r: ItemResult): void {
  rate.n++;
  if (r.detected) rate.detected++;
  if (r.detectedMajor) rate.detectedMajor++;
}

/** The figures for one direction and split. */
export function summarise(run: PerturbRun, direction: Direction, split: Split): PerturbSummary {
  const byKind: PerturbSummary['byKind'] = {};
  const bySeverity = { minor: emptyRate(), major: emptyRate(), critical: emptyRate() };
  const detectors: PerturbSummary['detectors'] = {};
  for (const r of run.items) {
    if (r.item.direction !== direction || r.item.split !== split) continue;
    const k = (byKind[r.item.kind] ??= { ...emptyRate(), severity: r.item.severity });
    add(k, r);
    add(bySeverity[r.item.severity], r);
    const d = (detectors[r.item.kind] ??= {});
    for (const c of r.checks) d[c] = (d[c] ?? 0) + 1;
  }
  const falseAlarms: FalseAlarms = { controls: 0, any: 0, major: 0, byCheck: {} };
  for (const c of run.controls) {
    if (c.direction !== direction || c.split !== split) continue;
    falseAlarms.controls++;
    if (c.findings.length > 0) falseAlarms.any++;
    if (c.findings.some((f) => MAJOR_OR_WORSE.has(f.severity))) falseAlarms.major++;
    for (const check of new Set(c.findings.map((f) => f.check))) {
      const t = (falseAlarms.byCheck[check] ??= { any: 0, major: 0 });
      t.any++;
      if (c.findings.some((f) => f.check === check && MAJOR_OR_WORSE.has(f.severity))) t.major++;
    }
  }
  return { direction, split, byKind, bySeverity, detectors, falseAlarms };
}

const pct = (k: number, n: number): string => (n === 0 ? '    –' : ((100 * k) / n).toFixed(1).padStart(5));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** Side-by-side table of one direction: per kind, dev and held-out detection; then severity classes and false alarms. */
export function formatPerturbSummaries(direction: Direction, summaries: readonly PerturbSummary[], kindOrder: readonly string[]): string {
  const lines: string[] = [`== Perturbation bench ${direction.toUpperCase().replace('-', '→')}`];
  const head = ['kind', 'sev', ...summaries.flatMap((s) => [`${s.split} n`, 'det %', 'maj+ %', 'top check'])];
  const rows: string[][] = [head];
  const kinds = kindOrder.filter((k) => summaries.some((s) => s.byKind[k]));
  for (const kind of kinds) {
    const sev = summaries.map((s) => s.byKind[kind]?.severity).find(Boolean) ?? '';
    rows.push([
      kind,
      sev,
      ...summaries.flatMap((s) => {
        const r = s.byKind[kind];
        if (!r) return ['0', '    –', '    –', ''];
        const top = Object.entries(s.detectors[kind] ?? {}).sort((a, b) => b[1] - a[1])[0];
        return [String(r.n), pct(r.detected, r.n), pct(r.detectedMajor, r.n), top ? top[0] : ''];
      }),
    ]);
  }
  for (const sev of [...SEVERITIES].reverse()) {
    rows.push([`all ${sev}`, '', ...summaries.flatMap((s) => [String(s.bySeverity[sev].n), pct(s.bySeverity[sev].detected, s.bySeverity[sev].n), pct(s.bySeverity[sev].detectedMajor, s.bySeverity[sev].n), ''])]);
  }
  lines.push(table(rows), '');
  const fa: string[][] = [['false alarms on controls', ...summaries.flatMap((s) => [`${s.split} any %`, 'maj+ %'])]];
  fa.push([`controls (n)`, ...summaries.flatMap((s) => [String(s.falseAlarms.controls), ''])]);
  fa.push(['any check', ...summaries.flatMap((s) => [pct(s.falseAlarms.any, s.falseAlarms.controls), pct(s.falseAlarms.major, s.falseAlarms.controls)])]);
  const checks = [...new Set(summaries.flatMap((s) => Object.keys(s.falseAlarms.byCheck)))].sort();
  for (const check of checks) {
    fa.push([`  ${check}`, ...summaries.flatMap((s) => [pct(s.falseAlarms.byCheck[check]?.any ?? 0, s.falseAlarms.controls), pct(s.falseAlarms.byCheck[check]?.major ?? 0, s.falseAlarms.controls)])]);
  }
  lines.push(table(fa));
  return lines.join('\n');
}
