import { describe, expect, it } from 'vitest';
import { alignWords, HIGH_CONFIDENCE, MAX_ALIGNED_CHARS } from './align';
import { tokenize } from './tokenize';

/** "source=target" for every link, to read failures at a glance. */
function pairs(source: string, target: string, from: 'de' | 'en', to: 'de' | 'en'): string[] {
  const a = alignWords(source, target, from, to);
  return a.links.map(([i, j]) => `${a.sourceTokens[i]?.text}=${a.targetTokens[j]?.text}`);
}

describe('tokenize', () => {
  it('gives offsets, splits hyphens and marks content words', () => {
    const tokens = tokenize('Das Xiaomi-Smartphone kostet 1.299,90 €.', 'de');
    expect(tokens.map((t) => t.text)).toEqual(['Das', 'Xiaomi', '-', 'Smartphone', 'kostet', '1.299,90', '€', '.']);
    expect(tokens.filter((t) => t.content).map((t) => t.text)).toEqual(['Xiaomi', 'Smartphone', 'kostet', '1.299,90', '€']);
    const text = 'Das Xiaomi-Smartphone';
    for (const t of tokenize(text, 'de')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('treats a clause-final separable particle as part of the verb', () => {
    const tokens = tokenize('Er trat nach zwei Jahren zurück.', 'de');
    expect(tokens.find((t) => t.text === 'zurück')?.content).toBe(false);
  });
});

describe('alignWords', () => {
  it('splits an English compound written as one word like a German one', () => {
    expect(pairs('Das Dateisystem ist voll.', 'The filesystem is full.', 'de', 'en')).toContain('Dateisystem=filesystem');
    expect(pairs('The filesystem is full.', 'Das Dateisystem ist voll.', 'en', 'de')).toContain('filesystem=Dateisystem');
  });

  it('links dictionary translations, identical names and compound parts', () => {
    const links = pairs(
      'Xiaomi hat eine langfristige Partnerschaft mit dem deutschen Kamerahersteller Leica angekündigt.',
      'Xiaomi has announced a long-term partnership with the German camera maker Leica.',
      'de',
      'en',
    );
    expect(links).toEqual(
      expect.arrayContaining([
        'Xiaomi=Xiaomi',
        'Leica=Leica',
        'Partnerschaft=partnership',
        'Kamerahersteller=camera',
        'Kamerahersteller=maker',
        'angekündigt=announced',
        'langfristige=long',
        'langfristige=term',
      ]),
    );
  });

  it('links identical words, numbers and cognates', () => {
    const links = pairs('Das Marketing kostete 2.000 Euro, sagte der Telefonhersteller offiziell.', 'Marketing cost 2,000 euros, the phone maker said officially.', 'de', 'en');
    expect(links).toEqual(expect.arrayContaining(['Marketing=Marketing', '2.000=2,000', 'offiziell=officially']));
  });

  it('links separable verbs and two-word phrases', () => {
    expect(pairs('Der Konzern kündigte die Zusammenarbeit am Montag an.', 'The group announced the collaboration on Monday.', 'de', 'en')).toEqual(
      expect.arrayContaining(['kündigte=announced', 'an=announced']),
    );
    expect(pairs('Das Telefon verfügt über eine Kamera.', 'The phone has a camera.', 'de', 'en')).toContain('verfügt=has');
  });

  it('works from English to German', () => {
    expect(pairs('The police arrested two suspects.', 'Die Polizei nahm zwei Verdächtige fest.', 'en', 'de')).toEqual(
      expect.arrayContaining(['police=Polizei', 'arrested=nahm', 'arrested=fest', 'two=zwei', 'suspects=Verdächtige']),
    );
  });

  it('returns no links for an empty target', () => {
    const a = alignWords('Xiaomi bestätigt die Partnerschaft.', '', 'de', 'en');
    expect(a.targetTokens).toEqual([]);
    expect(a.links).toEqual([]);
  });
});

describe('alignWords confidences', () => {
  it('gives every link a kind and a confidence in 0–1, numbers and first senses above cognates', () => {
    const a = alignWords('Der Umsatz stieg um 12 Prozent.', 'Revenue rose by 12 percent.', 'de', 'en');
    expect(a.confidence).toHaveLength(a.links.length);
    expect(a.kinds).toHaveLength(a.links.length);
    for (const c of a.confidence ?? []) expect(c).toBeGreaterThan(0), expect(c).toBeLessThanOrEqual(1);
    const of = (s: string, t: string) => {
      const k = a.links.findIndex(([i, j]) => a.sourceTokens[i]?.text === s && a.targetTokens[j]?.text === t);
      return { kind: a.kinds?.[k], confidence: a.confidence?.[k] ?? 0 };
    };
    expect(of('12', '12')).toMatchObject({ kind: 'number' });
    expect(of('Prozent', 'percent').kind).toBe('lexicon');
    expect(of('12', '12').confidence).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
  });

  it('trusts a repeated word only at its nearer counterpart', () => {
    const a = alignWords('Neue Regeln und neue Steuern.', 'New rules and taxes.', 'de', 'en');
    const toNew = a.links.flatMap(([i, j], k) => (a.targetTokens[j]?.text === 'New' ? [[a.sourceTokens[i]!.start, a.confidence![k]!]] : []));
    expect(toNew).toHaveLength(2);
    const [near, far] = toNew.sort((x, y) => x[0]! - y[0]!);
    expect(near![1]).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    expect(far![1]).toBeLessThan(HIGH_CONFIDENCE);
  });

  it('does not align a side longer than MAX_ALIGNED_CHARS, but still tokenises it', () => {
    const long = 'Haus '.repeat(MAX_ALIGNED_CHARS / 4);
    const a = alignWords(long, 'house', 'de', 'en');
    expect(a.tooLong).toBe(true);
    expect(a.links).toEqual([]);
    expect(a.sourceTokens.length).toBeGreaterThan(100);
  });
});
