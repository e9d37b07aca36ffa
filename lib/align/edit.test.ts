import { describe, expect, it } from 'vitest';
import { mergeWithNext, segmentKey, setTarget, splitTarget, toSegmentTargets } from './edit';
import type { AlignedPair, Alignment, SourceSentence } from './types';

const s = (block: number, sentence: number, text: string): SourceSentence => ({ block, sentence, text });

function pair(source: SourceSentence[], targetText: string, unsure = false): AlignedPair {
  const p: AlignedPair = { source, sourceText: source.map((x) => x.text).join(' '), targetText, confidence: unsure ? 0.3 : 0.9, unsure };
  if (unsure) p.reason = 'Two source sentences were translated as one';
  return p;
}

/** Deep-freezes a value so any mutation by an edit throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

const A = s(0, 0, 'Es regnet.');
const B = s(0, 1, 'Wir bleiben zu Hause.');
const C = s(1, 0, 'Morgen wird es besser.');

function sample(): Alignment {
  return frozen({
    pairs: [pair([A], 'It is raining.'), pair([B], 'We stay at home.'), pair([C], 'Tomorrow will be better.')],
    paragraphsMatched: true,
    warnings: ['kept as is'],
  });
}

describe('mergeWithNext', () => {
  it('moves the next pair’s sources and target into the pair, settled, without touching the input', () => {
    const before = sample();
    const after = mergeWithNext(before, 0);
    expect(after.pairs).toEqual([
      { source: [A, B], sourceText: 'Es regnet. Wir bleiben zu Hause.', targetText: 'It is raining. We stay at home.', confidence: 1, unsure: false },
      before.pairs[2],
    ]);
    expect(after.warnings).toEqual(['kept as is']);
    expect(before.pairs).toHaveLength(3);
    // On import the first sentence gets the joined target, the moved one ''.
    expect(toSegmentTargets(after).get('0:0')).toBe('It is raining. We stay at home.');
    expect(toSegmentTargets(after).get('0:1')).toBe('');
  });

  it('attaches translation text without a source to the previous pair', () => {
    const a = frozen({ pairs: [pair([A], 'It is raining.'), pair([], 'Heavily.', true), pair([B], 'We stay at home.')], paragraphsMatched: false, warnings: [] });
    const merged = mergeWithNext(a, 0);
    expect(merged.pairs.map((p) => [p.source, p.targetText])).toEqual([[[A], 'It is raining. Heavily.'], [[B], 'We stay at home.']]);
  });

  it('skips an empty target when joining', () => {
    const a = frozen({ pairs: [pair([A], ''), pair([B], 'It rains; we stay at home.')], paragraphsMatched: true, warnings: [] });
    expect(mergeWithNext(a, 0).pairs[0]!.targetText).toBe('It rains; we stay at home.');
  });

  it('refuses the last pair and indices out of range', () => {
    expect(() => mergeWithNext(sample(), 2)).toThrow(RangeError);
    expect(() => mergeWithNext(sample(), -1)).toThrow(RangeError);
  });
});

describe('splitTarget', () => {
  it('moves the text after the offset to the start of the next pair’s target', () => {
    const a = frozen({ pairs: [pair([A], 'It is raining. We stay'), pair([B], 'at home.', true)], paragraphsMatched: true, warnings: [] });
    const after = splitTarget(a, 0, 'It is raining.'.length);
    expect(after.pairs.map((p) => p.targetText)).toEqual(['It is raining.', 'We stay at home.']);
    expect(after.pairs.every((p) => !p.unsure && p.confidence === 1 && p.reason === undefined)).toBe(true);
    expect(a.pairs[0]!.targetText).toBe('It is raining. We stay');
  });

  it('separates a merged pair: the first source keeps the text before, the others get the rest', () => {
    const a = frozen({ pairs: [pair([A, B, C], 'It is raining. We stay at home. Tomorrow will be better.', true)], paragraphsMatched: true, warnings: [] });
    const after = splitTarget(a, 0, 'It is raining.'.length);
    expect(after.pairs).toEqual([
      { source: [A], sourceText: A.text, targetText: 'It is raining.', confidence: 1, unsure: false },
      { source: [B, C], sourceText: `${B.text} ${C.text}`, targetText: 'We stay at home. Tomorrow will be better.', confidence: 1, unsure: false },
    ]);
  });

  it('undoes mergeWithNext', () => {
    const before = sample();
    const restored = splitTarget(mergeWithNext(before, 1), 1, 'We stay at home.'.length);
    expect(restored.pairs.map((p) => [p.source, p.sourceText, p.targetText])).toEqual(
      before.pairs.map((p) => [p.source, p.sourceText, p.targetText]),
    );
  });

  it('gives the second sentence of a merge nothing when split at the end (the translator left it out)', () => {
    const a = frozen({ pairs: [pair([A, B], 'It is raining.', true)], paragraphsMatched: true, warnings: [] });
    expect(toSegmentTargets(splitTarget(a, 0, 'It is raining.'.length))).toEqual(new Map([['0:0', 'It is raining.'], ['0:1', '']]));
  });

  it('refuses offsets outside the text and a last single-source pair', () => {
    expect(() => splitTarget(sample(), 0, 99)).toThrow(RangeError);
    expect(() => splitTarget(sample(), 0, -1)).toThrow(RangeError);
    expect(() => splitTarget(sample(), 0, 1.5)).toThrow(RangeError);
    expect(() => splitTarget(sample(), 2, 3)).toThrow(RangeError);
  });
});

describe('setTarget', () => {
  it('replaces the target exactly as typed and settles the pair', () => {
    const a = frozen({ pairs: [pair([A, B], 'It rains.', true)], paragraphsMatched: true, warnings: [] });
    const after = setTarget(a, 0, 'It is raining; we stay ');
    expect(after.pairs[0]).toEqual({ source: [A, B], sourceText: a.pairs[0]!.sourceText, targetText: 'It is raining; we stay ', confidence: 1, unsure: false });
    expect(a.pairs[0]!.targetText).toBe('It rains.');
    expect(() => setTarget(a, 1, 'x')).toThrow(RangeError);
  });
});

describe('toSegmentTargets', () => {
  it('gives every source sentence one target, the first of a merge the whole text, and drops text without a source', () => {
    const a: Alignment = {
      pairs: [pair([A, B], 'It is raining, so we stay at home.', true), pair([], 'Translator’s note.', true), pair([C], ' Tomorrow will be better. ')],
      paragraphsMatched: false,
      warnings: [],
    };
    expect(toSegmentTargets(a)).toEqual(
      new Map([
        ['0:0', 'It is raining, so we stay at home.'],
        ['0:1', ''],
        ['1:0', 'Tomorrow will be better.'],
      ]),
    );
    expect(segmentKey(1, 0)).toBe('1:0');
  });
});
