import { describe, expect, it } from 'vitest';
import type { Block } from '../segment';
import { alignBlocks } from './align';
import { toSegmentTargets } from './edit';
import type { Alignment } from './types';

/** Blocks built by hand, so these tests do not depend on the segmenter. */
function blocks(...paragraphs: string[][]): Block[] {
  return paragraphs.map((sentences, index) => ({ index, type: 'paragraph', level: 0, marker: '', sentences }));
}

const DE_EN = { sourceLang: 'de', targetLang: 'en' } as const;

const DE = [
  [
    'Die Stadtwerke Bremen haben im Jahr 2023 einen Gewinn von 41 Millionen Euro erzielt.',
    'Das ist deutlich mehr als im Vorjahr.',
    'Der Vorstand führt das Ergebnis vor allem auf die gestiegene Nachfrage nach Fernwärme zurück.',
  ],
  [
    'Für das laufende Jahr rechnet das Unternehmen mit stabilen Preisen.',
    'Größere Investitionen sind vor allem in das Stromnetz geplant, das bis 2030 erneuert werden soll.',
  ],
  [
    'Die Mitarbeiter erhalten eine einmalige Prämie.',
    'Sie wird im Mai ausgezahlt.',
    'Über die Höhe haben Betriebsrat und Geschäftsführung noch nicht entschieden.',
  ],
];
const EN = [
  [
    'Stadtwerke Bremen made a profit of 41 million euros in 2023.',
    'That is significantly more than in the previous year.',
    'The board attributes the result mainly to the increased demand for district heating.',
  ],
  [
    'For the current year, the company expects stable prices.',
    'Major investments are planned above all in the power grid, which is to be renewed by 2030.',
  ],
  [
    'Employees will receive a one-off bonus.',
    'It will be paid out in May.',
    'The works council and management have not yet decided on the amount.',
  ],
];

/** Every source sentence must be in exactly one pair, in document order. */
function expectEachSourceOnce(alignment: Alignment, source: Block[]): void {
  const refs = alignment.pairs.flatMap((p) => p.source.map((s) => `${s.block}:${s.sentence}`));
  expect(refs).toEqual(source.flatMap((b) => b.sentences.map((_, s) => `${b.index}:${s}`)));
}

describe('alignBlocks', () => {
  it('pairs equal counts one to one, confidently', () => {
    const source = blocks(...DE);
    const a = alignBlocks(source, blocks(...EN), DE_EN);
    expect(a.paragraphsMatched).toBe(true);
    expect(a.warnings).toEqual([]);
    expect(a.pairs.map((p) => [p.sourceText, p.targetText])).toEqual(
      DE.flat().map((s, k) => [s, EN.flat()[k]]),
    );
    for (const p of a.pairs) {
      expect(p.unsure).toBe(false);
      expect(p.reason).toBeUndefined();
      expect(p.confidence).toBeGreaterThanOrEqual(0.7);
    }
    expectEachSourceOnce(a, source);
    expect(a.pairs[0]!.source).toEqual([{ block: 0, sentence: 0, text: DE[0]![0] }]);
  });

  it('keeps two source sentences the translator merged in one unsure pair', () => {
    const en = EN.map((p) => [...p]);
    en[0] = [
      'Stadtwerke Bremen made a profit of 41 million euros in 2023, significantly more than in the previous year.',
      en[0]![2]!,
    ];
    const source = blocks(...DE);
    const a = alignBlocks(source, blocks(...en), DE_EN);
    const merged = a.pairs[0]!;
    expect(merged.source.map((s) => s.sentence)).toEqual([0, 1]);
    expect(merged.targetText).toBe(en[0]![0]);
    expect(merged.unsure).toBe(true);
    expect(merged.reason).toMatch(/Two source sentences were translated as one/);
    expect(merged.confidence).toBeLessThan(0.9);
    expect(a.pairs[1]!.targetText).toBe(en[0]![1]);
    expect(a.pairs[1]!.unsure).toBe(false);
    expectEachSourceOnce(a, source);
    // The import gives the whole target to the first sentence and nothing to the second.
    const targets = toSegmentTargets(a);
    expect(targets.get('0:0')).toBe(en[0]![0]);
    expect(targets.get('0:1')).toBe('');
  });

  it('gives a source sentence the translator split both target sentences', () => {
    const en = EN.map((p) => [...p]);
    en[1] = [
      en[1]![0]!,
      'Major investments are planned above all in the power grid.',
      'It is to be renewed by 2030.',
    ];
    const a = alignBlocks(blocks(...DE), blocks(...en), DE_EN);
    const split = a.pairs.find((p) => p.sourceText === DE[1]![1])!;
    expect(split.source).toHaveLength(1);
    expect(split.targetText).toBe('Major investments are planned above all in the power grid. It is to be renewed by 2030.');
    expect(split.unsure).toBe(true);
    expect(split.reason).toMatch(/One source sentence was translated as two/);
    expect(a.pairs.filter((p) => p.unsure)).toHaveLength(1);
  });

  it('recovers from a paragraph missing in the translation', () => {
    const source = blocks(...DE);
    const a = alignBlocks(source, blocks(EN[0]!, EN[2]!), DE_EN);
    expect(a.paragraphsMatched).toBe(false);
    expect(a.warnings[0]).toBe(
      'The source has 3 paragraphs and the translation 2; paragraphs were matched by length, numbers and names, so check the flagged sentences.',
    );
    expect(a.warnings).toContain('2 source sentences have nothing corresponding in the translation.');
    expectEachSourceOnce(a, source);
    const missing = a.pairs.filter((p) => p.source[0]!.block === 1);
    expect(missing).toHaveLength(2);
    for (const p of missing) {
      expect(p.targetText).toBe('');
      expect(p.unsure).toBe(true);
      expect(p.reason).toBe('This paragraph is missing from the translation');
      expect(p.confidence).toBe(0);
    }
    const rest = a.pairs.filter((p) => p.source[0]!.block !== 1);
    expect(rest.map((p) => p.targetText)).toEqual([...EN[0]!, ...EN[2]!]);
    expect(rest.every((p) => !p.unsure)).toBe(true);
  });

  it('keeps an extra paragraph of the translation as a pair without sources', () => {
    const note = 'Translator’s note: Stadtwerke are municipal utility companies owned by the city, common across Germany.';
    const source = blocks(...DE);
    const a = alignBlocks(source, blocks(EN[0]!, [note], EN[1]!, EN[2]!), DE_EN);
    expect(a.paragraphsMatched).toBe(false);
    expectEachSourceOnce(a, source);
    const orphans = a.pairs.filter((p) => p.source.length === 0);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]!.targetText).toBe(note);
    expect(orphans[0]!.unsure).toBe(true);
    expect(orphans[0]!.reason).toMatch(/has no source/);
    expect(a.pairs.indexOf(orphans[0]!)).toBe(3);
    expect(a.pairs.filter((p) => p.source.length > 0).map((p) => p.targetText)).toEqual(EN.flat());
    expect(a.warnings).toContain('1 part of the translation has no source and will be left out on import unless joined to a neighbouring pair.');
    expect([...toSegmentTargets(a).values()]).not.toContain(note);
  });

  it('lets a shared number decide which two source sentences the translator merged', () => {
    // Three source sentences of about the same length, two translated ones of about the same length:
    // merging the first two or the last two fits the lengths equally well; the year tells them apart.
    const source = blocks([
      'Die Firma wurde von zwei Brüdern gegründet.',
      'Das war im Jahr 1987 in einer kleinen Garage.',
      'Heute arbeiten dort mehr als tausend Menschen.',
    ]);
    const yearFirst = alignBlocks(source, blocks([
      'It was founded in 1987 by two brothers in a garage.',
      'Today over a thousand people work for the company.',
    ]), DE_EN);
    expect(yearFirst.pairs.map((p) => p.source.map((s) => s.sentence))).toEqual([[0, 1], [2]]);

    const yearSecond = alignBlocks(source, blocks([
      'The company was founded by two brothers in a garage.',
      'That was in 1987; today a thousand people work there.',
    ]), DE_EN);
    expect(yearSecond.pairs.map((p) => p.source.map((s) => s.sentence))).toEqual([[0], [1, 2]]);
  });

  it('lets a shared name decide too', () => {
    const source = blocks([
      'Die Firma wurde von zwei Brüdern gegründet.',
      'Das war damals in einer Garage in Wolfsburg.',
      'Heute arbeiten dort mehr als tausend Menschen.',
    ]);
    const a = alignBlocks(source, blocks([
      'The company was founded by two brothers in a garage.',
      'That was in Wolfsburg; today a thousand people work there.',
    ]), DE_EN);
    expect(a.pairs.map((p) => p.source.map((s) => s.sentence))).toEqual([[0], [1, 2]]);
  });

  it('flags a pair whose lengths differ a lot', () => {
    const de = [['Das Wetter war schön.', 'Wir gingen früh am Morgen los.', 'Am Abend waren alle müde, aber zufrieden.']];
    const en = [[
      'The weather was nice.',
      'We set off early in the morning, walked along the river for many hours and only came back late.',
      'In the evening everyone was tired but happy.',
    ]];
    const a = alignBlocks(blocks(...de), blocks(...en), DE_EN);
    expect(a.pairs.map((p) => p.targetText)).toEqual(en[0]);
    expect(a.pairs[1]!.unsure).toBe(true);
    expect(a.pairs[1]!.reason).toBe('Lengths differ a lot (30 vs 95 characters)');
    expect(a.pairs[1]!.confidence).toBeLessThan(0.4);
    expect(a.pairs[0]!.unsure).toBe(false);
  });

  it('marks every pair unsure when the translation is empty', () => {
    const source = blocks(...DE);
    const a = alignBlocks(source, [], DE_EN);
    expect(a.warnings).toEqual(['The translation is empty: no source sentence has a target. Paste the translation and try again.']);
    expect(a.pairs).toHaveLength(DE.flat().length);
    for (const p of a.pairs) {
      expect(p).toMatchObject({ targetText: '', unsure: true, confidence: 0, reason: 'The translation is empty' });
    }
    expectEachSourceOnce(a, source);
    expect(alignBlocks(source, blocks([]), DE_EN).warnings[0]).toMatch(/translation is empty/);
  });

  it('says so when the source is empty', () => {
    const a = alignBlocks([], blocks(EN[0]!));
    expect(a.warnings).toEqual(['The source is empty: there is nothing to align the translation to.']);
    expect(a.pairs.every((p) => p.source.length === 0)).toBe(true);
  });

  it('warns when the translation is far shorter than the source', () => {
    const a = alignBlocks(blocks(...DE), blocks([EN[0]![0]!]), DE_EN);
    expect(a.warnings.some((w) => w.startsWith('The translation is much shorter than the source'))).toBe(true);
  });

  it('uses block indices, not array positions, in the source ids', () => {
    const source = blocks(DE[0]!).map((b) => ({ ...b, index: 7 }));
    const a = alignBlocks(source, blocks(EN[0]!), DE_EN);
    expect([...toSegmentTargets(a).keys()]).toEqual(['7:0', '7:1', '7:2']);
  });

  it('works in the EN→DE direction too', () => {
    const a = alignBlocks(blocks(...EN), blocks(DE[0]!, DE[2]!), { sourceLang: 'en', targetLang: 'de' });
    expect(a.pairs.map((p) => p.targetText)).toEqual([...DE[0]!, '', '', ...DE[2]!]);
  });
});

describe('alignBlocks on a long document', () => {
  /** Deterministic pseudo-random sentences of varied length, with a number now and then. */
  function document(paragraphs: number, perParagraph: number): { de: string[][]; en: string[][] } {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const de: string[][] = [];
    const en: string[][] = [];
    for (let p = 0; p < paragraphs; p++) {
      const d: string[] = [];
      const e: string[] = [];
      for (let s = 0; s < perParagraph; s++) {
        const words = 4 + Math.floor(next() * 25);
        const number = next() < 0.3 ? ` ${Math.floor(next() * 10000)}` : '';
        d.push(`Satz${'lang '.repeat(words)}${number}.`);
        e.push(`Sentence${'long '.repeat(Math.round(words * (0.8 + next() * 0.3)))}${number}.`);
      }
      de.push(d);
      en.push(e);
    }
    return { de, en };
  }

  it('aligns 2,000 sentences, paragraphs missing or not', () => {
    const { de, en } = document(400, 5);
    const source = blocks(...de);
    const fewer = blocks(...en.filter((_, p) => p % 97 !== 5));
    const a = alignBlocks(source, fewer, DE_EN);
    expectEachSourceOnce(a, source);
    const missing = a.pairs.filter((p) => p.reason === 'This paragraph is missing from the translation');
    expect(new Set(missing.map((p) => p.source[0]!.block))).toEqual(new Set([5, 102, 199, 296, 393]));
    expect(missing).toHaveLength(5 * 5);
    expect(a.pairs.filter((p) => p.unsure)).toHaveLength(5 * 5);

    const one = blocks(de.flat());
    const b = alignBlocks(one, blocks(en.flat().filter((_, k) => k % 200 !== 7)), DE_EN);
    expectEachSourceOnce(b, one);
    // With nothing but lengths to go on, an omission may surface as a merge with a neighbour; either way it is flagged nearby.
    const flagged = b.pairs.filter((p) => p.unsure).flatMap((p) => p.source.map((s) => s.sentence));
    expect(flagged.length).toBeLessThanOrEqual(20);
    for (let k = 7; k < 2000; k += 200) expect(flagged.some((s) => Math.abs(s - k) <= 2)).toBe(true);
  });
});
