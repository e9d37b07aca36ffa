import { describe, expect, it } from 'vitest';
import { glossaryCheck } from './glossary';
import type { CheckContext, Finding, GlossaryEntry } from './types';

const DE_GLOSSARY: GlossaryEntry[] = [
  { source: 'Vertrag', target: 'contract', forbidden: ['treaty', 'agreement'] },
  { source: 'künstliche Intelligenz', target: 'artificial intelligence', forbidden: ['machine intelligence'] },
  { source: 'Richtlinie', target: 'policy', forbidden: ['guideline'], note: 'company style' },
];
const EN_GLOSSARY: GlossaryEntry[] = [
  { source: 'policy', target: 'Richtlinie', forbidden: ['Politik'] },
  { source: 'key account', target: 'Großkunde', forbidden: ['Schlüsselkunde'] },
];
const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: DE_GLOSSARY };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: EN_GLOSSARY };

function run(source: string, target: string, ctx: CheckContext = DE_EN): Finding[] {
  return glossaryCheck({ id: 1, paragraph: 0, source, target }, ctx);
}
function applyFix(target: string, f: Finding | undefined): string {
  if (!f?.fix) throw new Error('no fix');
  return target.slice(0, f.fix.span.start) + f.fix.replacement + target.slice(f.fix.span.end);
}

describe('glossaryCheck', () => {
  it('returns nothing for an empty target or an empty glossary', () => {
    expect(run('Der Vertrag gilt.', '')).toEqual([]);
    expect(run('Der Vertrag gilt.', 'The treaty applies.', { ...DE_EN, glossary: [] })).toEqual([]);
  });

  it.each([
    ['Der Vertrag gilt ab heute.', 'The contract applies from today.'],
    ['Die Verträge wurden unterschrieben.', 'The contracts were signed.'],
    ['Im Vertrag steht es anders.', "The contract's wording differs."],
    ['Wir setzen künstliche Intelligenz ein.', 'We use artificial intelligence.'],
    ['Die Rolle künstlicher Intelligenz wächst.', 'The role of artificial intelligence is growing.'],
    ['Das Wetter ist schön.', 'The treaty weather is nice.'],
    ['Der Vertragsentwurf liegt vor.', 'The draft agreement is ready.'],
  ])('DE→EN accepts %s', (source, target) => {
    expect(run(source, target)).toEqual([]);
  });

  it.each([
    ['Our policy has changed.', 'Unsere Richtlinie hat sich geändert.'],
    ['Our policies have changed.', 'Unsere Richtlinien haben sich geändert.'],
    ['He manages key accounts.', 'Er betreut Großkunden.'],
  ])('EN→DE accepts %s', (source, target) => {
    expect(run(source, target, EN_DE)).toEqual([]);
  });

  it('flags a missing required term, on the source side', () => {
    const source = 'Die Verträge wurden unterschrieben.';
    const [f, ...rest] = run(source, 'The deals were signed.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ check: 'glossary', category: 'terminology', severity: 'major', side: 'source', targetSpans: [] });
    expect(f!.sourceSpans.map((s) => source.slice(s.start, s.end))).toEqual(['Verträge']);
    expect(f!.fix).toBeUndefined();
  });

  it('replaces a forbidden variant with the required term', () => {
    const t1 = 'The treaty was signed.';
    const [f] = run('Der Vertrag wurde unterschrieben.', t1);
    expect(f).toMatchObject({ category: 'terminology', side: 'both' });
    expect(applyFix(t1, f)).toBe('The contract was signed.');
    const t2 = 'Agreements were signed yesterday.';
    expect(applyFix(t2, run('Gestern wurden Verträge unterschrieben.', t2)[0])).toBe('Contracts were signed yesterday.');
    const t3 = 'Machine intelligence is everywhere.';
    expect(applyFix(t3, run('Künstliche Intelligenz ist überall.', t3)[0])).toBe('Artificial intelligence is everywhere.');
  });

  it('flags a forbidden variant even when the required term is there too', () => {
    const fs = run('Der Vertrag ist ein Vertrag.', 'The contract is an agreement.');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toMatch(/agreement/);
  });

  it('mentions the glossary note', () => {
    expect(run('Die Richtlinie gilt.', 'The guideline applies.')[0]?.message).toMatch(/company style/);
  });

  it('works EN→DE, leaving inflected German forms to the reviewer', () => {
    const t1 = 'Unsere Politik hat sich geändert.';
    const [f] = run('Our policy has changed.', t1, EN_DE);
    expect(applyFix(t1, f)).toBe('Unsere Richtlinie hat sich geändert.');
    const [g] = run('Our key accounts are loyal.', 'Unsere Schlüsselkunden sind treu.', EN_DE);
    expect(g).toMatchObject({ category: 'terminology', side: 'both' });
    expect(g?.fix).toBeUndefined();
    expect(run('Our policy has changed.', 'Unsere Regeln haben sich geändert.', EN_DE)[0]?.side).toBe('source');
  });

});
