import { describe, expect, it } from 'vitest';
import type { Finding, SegmentInput } from '../types';
import { parseMarkedSet } from './dataset';
import { evaluate, runChecks, type DocumentChecker } from './run';

const SET = parseMarkedSet(
  ['= a', 'S Eins.', 'T ⟦Two⟧{mis}.', 'S Zwei.', 'T Two.', '= b', 'S Drei ⟦Hunde⟧{om}.', 'T Three.'].join('\n'),
  'de',
  'en',
);

/** Flags every target that says "Two", and the whole source of every segment it sees, on the target side only. */
const fake: DocumentChecker = (segments: SegmentInput[]) =>
  new Map(
    segments.map((s): [number, Finding[]] => [
      s.id,
      s.target.startsWith('Two')
        ? [{ check: 'fake', category: 'accuracy/mistranslation', severity: 'major', side: 'both', sourceSpans: [{ start: 0, end: s.source.length }], targetSpans: [{ start: 0, end: 3 }], message: '' }]
        : [],
    ]),
  );

describe('runChecks', () => {
  it('checks each document with numbered segments and hands findings back to the right segment', () => {
    const seen: Array<Array<[number, number]>> = [];
    runChecks(SET, (segments, ctx) => {
      expect(ctx).toEqual({ sourceLang: 'de', targetLang: 'en', glossary: [] });
      seen.push(segments.map((s) => [s.id, s.paragraph]));
      return new Map();
    });
    expect(seen).toEqual([[[1, 0], [2, 1]], [[3, 0]]]);
    expect(runChecks(SET, fake).map((s) => s.findings.length)).toEqual([1, 1, 0]);
  });
});

describe('evaluate', () => {
  const result = (sides?: Array<'source' | 'target'>) => evaluate(runChecks(SET, fake), sides);
  it('scores source-side highlights only where the set annotates the source', () => {
    // Both sides: the source spans (5 + 5 chars) find no gold mistranslation in the source.
    expect(result().characters['accuracy/mistranslation']).toMatchObject({ tp: 3, fp: 13 });
    expect(result(['target']).characters['accuracy/mistranslation']).toMatchObject({ tp: 3, fp: 3 });
  });
  it('lists false positives and missed errors', () => {
    const e = result();
    expect(e.falsePositives.map((f) => f.segment.id)).toEqual(['a.2']);
    expect(e.missed.map((m) => [m.segment.id, m.error.category])).toEqual([['b.1', 'accuracy/omission']]);
    expect(e.bySegment.any).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});
