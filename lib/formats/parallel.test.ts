import { describe, expect, it } from 'vitest';
import { alignParallelTexts } from './parallel';

const SOURCE = `# Jahresbericht

Die Stadtwerke Bremen haben im Jahr 2023 einen Gewinn von 41 Millionen Euro erzielt. Das ist deutlich mehr als im Vorjahr.

- Die Mitarbeiter erhalten eine einmalige Prämie.
- Sie wird im Mai ausgezahlt.
`;
const TARGET = `# Annual report

Stadtwerke Bremen made a profit of 41 million euros in 2023. That is significantly more than in the previous year.

- Employees will receive a one-off bonus.
- It will be paid out in May.
`;

describe('alignParallelTexts', () => {
  it('segments both Markdown texts and pairs their sentences', () => {
    const result = alignParallelTexts({ source: SOURCE, target: TARGET, sourceLang: 'de', targetLang: 'en-GB', format: 'md' });
    expect(result.paragraphsMatched).toBe(true);
    expect(result.pairs.map((p) => [p.sourceText, p.targetText, p.unsure])).toEqual([
      ['Jahresbericht', 'Annual report', false],
      ['Die Stadtwerke Bremen haben im Jahr 2023 einen Gewinn von 41 Millionen Euro erzielt.', 'Stadtwerke Bremen made a profit of 41 million euros in 2023.', false],
      ['Das ist deutlich mehr als im Vorjahr.', 'That is significantly more than in the previous year.', false],
      ['Die Mitarbeiter erhalten eine einmalige Prämie.', 'Employees will receive a one-off bonus.', false],
      ['Sie wird im Mai ausgezahlt.', 'It will be paid out in May.', false],
    ]);
    expect(result.sourceBlocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
  });

  it('marks what does not fit as unsure, with a reason', () => {
    const result = alignParallelTexts({
      source: 'Der Vertrag beginnt am 1. März 2024.\n\nEr läuft drei Jahre.',
      target: 'The contract runs for three years.',
      sourceLang: 'de',
      targetLang: 'en-US',
      format: 'txt',
    });
    expect(result.paragraphsMatched).toBe(false);
    const unsure = result.pairs.filter((p) => p.unsure);
    expect(unsure.length).toBeGreaterThan(0);
    for (const pair of unsure) expect(pair.reason).toEqual(expect.any(String));
  });

  it('segments English sources with English rules', () => {
    const result = alignParallelTexts({
      source: 'Mr. Smith arrived. He sat down.',
      target: 'Herr Smith kam an. Er setzte sich.',
      sourceLang: 'en',
      targetLang: 'de',
      format: 'txt',
    });
    expect(result.pairs.map((p) => p.sourceText)).toEqual(['Mr. Smith arrived.', 'He sat down.']);
  });
});
