import { describe, expect, it } from 'vitest';
import type { Finding, Span } from '../types';
import { detectingFindings, parsePerturbSet, runPerturbBench, spansTouch, summarise, type PerturbItem } from './perturb';

const finding = (over: Partial<Finding>): Finding => ({
  check: 'words',
  category: 'accuracy/omission',
  severity: 'major',
  side: 'target',
  sourceSpans: [],
  targetSpans: [],
  message: 'm',
  ...over,
});
const span = (start: number, end: number): Span => ({ start, end });

// "Die Datei wird gelöscht." → "The file is deleted."; the perturbed target drops "file".
const removal: PerturbItem = {
  id: 'p1:omit-noun',
  kind: 'omit-noun',
  severity: 'major',
  direction: 'de-en',
  split: 'dev',
  page: 'rm.1',
  source: 'Die Datei wird gelöscht.',
  target: 'The is deleted.',
  control: 'The file is deleted.',
  change: { source: [span(4, 9)], target: [span(4, 4)] },
};

describe('spansTouch', () => {
  it('needs overlap between two non-empty spans; sharing only an edge is not enough', () => {
    expect(spansTouch(span(0, 4), span(3, 6))).toBe(true);
    expect(spansTouch(span(0, 3), span(3, 6))).toBe(false);
  });
  it('counts an empty span (a removal) as touched by a span containing it or ending or starting at it', () => {
    expect(spansTouch(span(0, 3), span(4, 4))).toBe(false);
    expect(spansTouch(span(0, 4), span(4, 4))).toBe(true);
    expect(spansTouch(span(4, 7), span(4, 4))).toBe(true);
    expect(spansTouch(span(2, 9), span(4, 4))).toBe(true);
    expect(spansTouch(span(5, 9), span(4, 4))).toBe(false);
  });
});

describe('detectingFindings', () => {
  it('counts a finding on the source word whose translation was removed', () => {
    const f = finding({ side: 'source', sourceSpans: [span(4, 9)] });
    expect(detectingFindings(removal, [f], [])).toEqual([f]);
  });
  it('counts a target finding next to the place of the removal', () => {
    const f = finding({ targetSpans: [span(0, 2)], category: 'fluency/grammar' });
    expect(detectingFindings(removal, [f], [])).toHaveLength(0);
    const g = finding({ targetSpans: [span(4, 6)], category: 'fluency/grammar' });
    expect(detectingFindings(removal, [g], [])).toEqual([g]);
  });
  it('counts the word before the gap as adjacent to a removal, across the space', () => {
    // "The is deleted.": the gap is at 4, after "The ".
    const before = finding({ targetSpans: [span(0, 3)], category: 'fluency/grammar' });
    expect(detectingFindings({ ...removal, change: { source: [], target: [span(4, 4)] } }, [before], [])).toEqual([before]);
    const far = finding({ targetSpans: [span(7, 14)], category: 'fluency/grammar' });
    expect(detectingFindings({ ...removal, change: { source: [], target: [span(4, 4)] } }, [far], [])).toHaveLength(0);
  });
  it('ignores a finding elsewhere in the sentence', () => {
    expect(detectingFindings(removal, [finding({ sourceSpans: [span(15, 23)] })], [])).toHaveLength(0);
  });
  it('subtracts a finding the control also has: same check, category and marked text', () => {
    const onBoth = finding({ side: 'source', sourceSpans: [span(4, 9)] });
    expect(detectingFindings(removal, [onBoth], [onBoth])).toHaveLength(0);
    // The same check on the control but with another category does not cancel it.
    expect(detectingFindings(removal, [onBoth], [{ ...onBoth, category: 'accuracy/mistranslation' }])).toEqual([onBoth]);
    // Nor does the same check and category on different text.
    expect(detectingFindings(removal, [onBoth], [{ ...onBoth, sourceSpans: [span(15, 23)] }])).toEqual([onBoth]);
  });
  it('compares target-side text, not offsets, against the control', () => {
    // "deleted" sits at 8–15 in the perturbed target and at 13–20 in the control: the same marked text.
    const item: PerturbItem = { ...removal, change: { source: [], target: [span(4, 15)] } };
    const perturbed = finding({ check: 'spelling', category: 'fluency/spelling', targetSpans: [span(8, 15)] });
    const control = finding({ check: 'spelling', category: 'fluency/spelling', targetSpans: [span(13, 20)] });
    expect(detectingFindings(item, [perturbed], [control])).toHaveLength(0);
  });
});

describe('runPerturbBench and summarise', () => {
  it('checks the control once per pair and reports detection and false alarms per kind and check', () => {
    const second: PerturbItem = { ...removal, id: 'p1:lowercase-first', kind: 'lowercase-first', severity: 'minor', target: 'the file is deleted.', change: { source: [], target: [span(0, 1)] } };
    let calls = 0;
    const run = runPerturbBench([removal, second], (segments) => {
      calls++;
      const s = segments[0]!;
      const found: Finding[] = [finding({ check: 'length', severity: 'minor', targetSpans: [span(0, s.target.length)] })];
      if (!s.target.includes('file')) found.push(finding({ sourceSpans: [span(4, 9)] }));
      return new Map([[s.id, found]]);
    });
    expect(calls).toBe(3);
    const sum = summarise(run, 'de-en', 'dev');
    expect(sum.byKind['omit-noun']).toMatchObject({ n: 1, detected: 1, detectedMajor: 1 });
    // The length finding marks another text on the perturbed pair than on the control, so it detects the change.
    expect(sum.byKind['lowercase-first']).toMatchObject({ n: 1, detected: 1, detectedMajor: 0 });
    expect(sum.falseAlarms).toEqual({ controls: 1, any: 1, major: 0, byCheck: { length: { any: 1, major: 0 } } });
    expect(summarise(run, 'de-en', 'heldout').falseAlarms.controls).toBe(0);
  });
});

describe('parsePerturbSet', () => {
  it('rejects a change span outside the perturbed target, naming the line', () => {
    const bad = { ...removal, change: { source: [], target: [span(3, 40)] } };
    expect(() => parsePerturbSet(`${JSON.stringify(removal)}\n${JSON.stringify(bad)}\n`)).toThrow(/line 2/);
    expect(parsePerturbSet(JSON.stringify(removal))).toHaveLength(1);
  });
});
