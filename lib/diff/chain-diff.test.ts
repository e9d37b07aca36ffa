import { describe, expect, it } from 'vitest';
import { chainDiff, type ChainPart, type ChainVersion } from './chain-diff';

const chain = (...texts: string[]): ChainVersion[] =>
  texts.map((text, i) => ({ text, author: ['DeepL', 'Anna', 'Ben'][i] ?? `v${i}`, label: `v${i}` }));

const finalText = (parts: ChainPart[]) => parts.filter((p) => p.kind !== 'delete').map((p) => p.text).join('');

describe('chainDiff', () => {
  it('attributes insertions and deletions to the translator and the editor', () => {
    const parts = chainDiff(
      chain(
        'Xiaomi confirms the partnership with Leica.',
        'Xiaomi confirms its partnership with Leica.',
        'Xiaomi confirms its long-term partnership with Leica.',
      ),
    );
    expect(parts).toEqual([
      { kind: 'equal', text: 'Xiaomi confirms ' },
      { kind: 'delete', text: 'the', by: 1, introducedBy: 0 },
      { kind: 'insert', text: 'its', by: 1 },
      { kind: 'equal', text: ' ' },
      { kind: 'insert', text: 'long-term ', by: 2 },
      { kind: 'equal', text: 'partnership with Leica.' },
    ]);
  });

  it("shows the editor removing the translator's insertion", () => {
    const parts = chainDiff(chain('Der Umsatz stieg.', 'Der Umsatz stieg deutlich.', 'Der Umsatz stieg.'));
    expect(parts).toEqual([
      { kind: 'equal', text: 'Der Umsatz stieg' },
      { kind: 'delete', text: ' deutlich', by: 2, introducedBy: 1 },
      { kind: 'equal', text: '.' },
    ]);
  });

  it('keeps earlier deletions before later insertions at the same place', () => {
    const parts = chainDiff(chain('a b c', 'a c', 'a X c'));
    expect(parts).toEqual([
      { kind: 'equal', text: 'a ' },
      { kind: 'delete', text: 'b ', by: 1, introducedBy: 0 },
      { kind: 'insert', text: 'X ', by: 2 },
      { kind: 'equal', text: 'c' },
    ]);
  });

  it('always rebuilds the final text and every removed piece of an earlier version', () => {
    const versions = chain(
      'Die Größe ändert sich um 8,5 % über Nacht.',
      'Die Größe änderte sich um 8,7 % in einer Nacht.',
      'Ihre Größe änderte sich „über Nacht“ um 8,7 %.',
    );
    const parts = chainDiff(versions);
    expect(finalText(parts)).toBe(versions[2]!.text);
    // Text from the first version is either still there (equal) or deleted with introducedBy 0.
    const firstVersion = parts
      .filter((p) => p.kind === 'equal' || (p.kind === 'delete' && p.introducedBy === 0))
      .map((p) => p.text)
      .join('');
    expect(firstVersion).toBe(versions[0]!.text);
    for (const part of parts) {
      if (part.kind === 'equal') expect(part.by).toBeUndefined();
      else expect([1, 2]).toContain(part.by);
    }
  });

  it('handles empty chains, a single version and empty texts', () => {
    expect(chainDiff([])).toEqual([]);
    expect(chainDiff(chain('Nur eine Fassung.'))).toEqual([{ kind: 'equal', text: 'Nur eine Fassung.' }]);
    expect(chainDiff(chain('', 'Neu.', 'Neu.'))).toEqual([{ kind: 'insert', text: 'Neu.', by: 1 }]);
    expect(chainDiff(chain('Weg.', '', ''))).toEqual([{ kind: 'delete', text: 'Weg.', by: 1, introducedBy: 0 }]);
  });

  it('attributes a word the editor rewrote to the editor, not to the translator', () => {
    const parts = chainDiff(chain('Er kam gestern.', 'Er kam heute.', 'Er kam morgen.'));
    expect(parts).toEqual([
      { kind: 'equal', text: 'Er kam ' },
      { kind: 'delete', text: 'gestern', by: 1, introducedBy: 0 },
      { kind: 'delete', text: 'heute', by: 2, introducedBy: 1 },
      { kind: 'insert', text: 'morgen', by: 2 },
      { kind: 'equal', text: '.' },
    ]);
  });
});
