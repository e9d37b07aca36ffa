import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS, checkDocument, warmUp } from '../registry';
import type { CheckContext, Finding, SegmentInput } from '../types';
import { CATALOGUES, ruleById, ruleFinding } from './catalogue';
import type { RuleExample } from './schema';

// The one generic test of the rule catalogue: every rule's flag examples raise a finding of that rule, every pass
// example raises none. A rule's own tests (edge cases, spans, messages) stay in its family's test file.

/** Runs an example with the suite's default settings, and with `rule` turned on (a rule may be off by default). */
function run(example: RuleExample, rule?: string): { doc: SegmentInput[]; findings: Finding[] } {
  const [sourceLang, targetLang] = example.direction.split('-') as ['de' | 'en', 'de' | 'en'];
  const pairs = example.segments ?? [{ source: example.source!, target: example.target! }];
  const doc = pairs.map((p, i) => ({ id: i + 1, paragraph: i, ...p }));
  const ctx: CheckContext = { sourceLang, targetLang, glossary: (example.glossary ?? []).map((g) => ({ ...g, forbidden: g.forbidden ?? [] })) };
  return { doc, findings: [...checkDocument(doc, ctx, rule ? { [rule]: { enabled: true } } : undefined).values()].flat() };
}

function markedTexts(doc: SegmentInput[], findings: Finding[]): string[] {
  // Findings are not tagged with their segment here: a span is read in every segment it fits.
  return findings.flatMap((f) =>
    doc.flatMap((s) => [...f.sourceSpans.map((x) => s.source.slice(x.start, x.end)), ...f.targetSpans.map((x) => s.target.slice(x.start, x.end))]),
  );
}

// The dictionaries and lexicons load once, before the first example, whose 20-second limit they otherwise eat on a busy machine.
beforeAll(() => warmUp(), 120_000);

const label = (e: RuleExample) => e.segments ? e.segments.map((s) => s.target).join(' / ') : `${e.source} → ${e.target}`;

describe.each(CATALOGUES.flatMap((c) => c.rules).map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.examples.flag.map((e) => [label(e), e] as const))('flags %s', (_, example) => {
    const { doc, findings } = run(example, id);
    const own = findings.filter((f) => f.rule === id);
    expect(own.map((f) => f.message), `no finding of ${id}; found: ${findings.map((f) => f.rule ?? f.check).join(', ')}`).not.toEqual([]);
    if (example.marks) expect(markedTexts(doc, own).filter((t) => t.includes(example.marks!)), `nothing marked covers “${example.marks}”`).not.toEqual([]);
    for (const f of own) expect([f.category, f.check]).toEqual([rule.category, id.split('.')[0]]);
  });
  it.each(rule.examples.pass.map((e) => [label(e), e] as const))('passes %s', (_, example) => {
    const { findings } = run(example, id);
    expect(findings.filter((f) => f.rule === id).map((f) => f.message)).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('describes families of the registry only', () => {
    for (const c of CATALOGUES) expect(CHECKS.map((d) => d.id)).toContain(c.family);
  });

  it('builds a finding with its rule’s category and default severity, and a graded one with its own', () => {
    const spans = { sourceSpans: [{ start: 0, end: 3 }], targetSpans: [], message: 'm' };
    expect(ruleFinding('numbers.missing', spans)).toMatchObject({ check: 'numbers', rule: 'numbers.missing', category: 'accuracy/omission', severity: 'major', side: 'source' });
    expect(ruleFinding('length.shorter', { ...spans, severity: 'critical' }).severity).toBe('critical');
    expect(ruleById('numbers.missing')?.label).toBe('Number missing');
  });

  it('is where every finding of the suite comes from: each names a rule of the catalogue', () => {
    const examples = CATALOGUES.flatMap((c) => c.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]));
    const findings = examples.flatMap((e) => run(e).findings);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.filter((f) => !f.rule || !ruleById(f.rule)).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
  });

  it('refuses a rule it does not know', () => {
    expect(() => ruleFinding('numbers.no-such-rule', { sourceSpans: [], targetSpans: [], message: 'm' })).toThrow(/Unknown rule numbers\.no-such-rule/);
  });
});
