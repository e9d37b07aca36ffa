import { describe, expect, it } from 'vitest';
import { lengthCheck, lengthZScore } from './length';
import type { CheckContext } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext) => lengthCheck({ id: 1, paragraph: 0, source, target }, ctx);

const de =
  'Der Hersteller hat im dritten Quartal deutlich mehr Smartphones verkauft als im Vorjahr, vor allem in Europa und Lateinamerika.';
const en = 'The manufacturer sold significantly more smartphones in the third quarter than a year earlier, especially in Europe and Latin America.';

describe('length', () => {
  it('accepts a faithful translation in both directions', () => {
    expect(run(de, en, deEn)).toEqual([]);
    expect(run(en, de, enDe)).toEqual([]);
  });

  it('expects German to run longer than English', () => {
    expect(lengthZScore(en, de, 'en', 'de')).toBeLessThan(lengthZScore(de, en, 'de', 'en') + 2);
    expect(Math.abs(lengthZScore('a'.repeat(100), 'a'.repeat(120), 'en', 'de'))).toBeLessThan(0.01);
  });

  it('flags a translation that drops most of the sentence as an omission', () => {
    const f = run(de, 'The manufacturer sold more.', deEn);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'accuracy/omission', side: 'both' });
    expect(['major', 'critical']).toContain(f[0]?.severity);
    expect(run(en, 'Der Hersteller verkaufte mehr.', enDe)[0]?.category).toBe('accuracy/omission');
  });

  it('flags a translation with a lot of added text as an addition, severity growing with the excess', () => {
    const padded = `${en} The company also announced a new tablet, two laptops and a smartwatch at the same event in Berlin.`;
    const f = run(de, padded, deEn);
    expect(f[0]?.category).toBe('accuracy/addition');
    const more = `${padded} Analysts had expected weaker figures because of the general economic situation in most markets.`;
    const order = ['minor', 'major', 'critical'];
    expect(order.indexOf(run(de, more, deEn)[0]?.severity ?? '')).toBeGreaterThan(order.indexOf(f[0]?.severity ?? ''));
  });

  it('skips short segments and empty targets', () => {
    expect(run('Danke schön!', 'Thank you very much indeed, my dear friends!', deEn)).toEqual([]);
    expect(run(de, '', deEn)).toEqual([]);
  });
});
