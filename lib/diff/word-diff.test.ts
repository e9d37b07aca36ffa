import { describe, expect, it } from 'vitest';
import { diffStats, wordDiff, type DiffPart } from './word-diff';

const side = (parts: DiffPart[], keep: 'delete' | 'insert') =>
  parts.filter((p) => p.kind === 'equal' || p.kind === keep).map((p) => p.text).join('');

const PAIRS: [string, string][] = [
  ['', ''],
  ['', 'Neu hinzugefügt.'],
  ['Alles gelöscht.', ''],
  ['Xiaomi bestätigt die Partnerschaft.', 'Xiaomi confirms the partnership.'],
  ['Der Umsatz stieg um 8,5 %.', 'Der Umsatz stieg um 8,7 % im Jahr 2024.'],
  ['„Gut“, sagte er.', '"Good," he said.'],
  ['Die Größe ändert sich über Nacht.', 'Die Grösse änderte sich über  Nacht!'],
  ['a  b\tc', 'a b c'],
  ['Zeile eins\r\nZeile zwei', 'Zeile eins\nZeile 2'],
  ['Straße, Maß und Fuß', 'Strasse, Mass und Fuss'],
  ['   ', ' '],
  ['Müller & Söhne GmbH (seit 1890)', 'Müller & Sons Ltd (since 1890)'],
  ['Preis: 1.299,00 €', 'Price: €1,299.00'],
  ['Emoji 👍 bleibt', 'Emoji 👍 bleibt hier'],
  ['same text', 'same text'],
];

describe('wordDiff', () => {
  it.each(PAIRS)('rebuilds both sides exactly: %j → %j', (before, after) => {
    const parts = wordDiff(before, after);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
    expect(parts.every((p) => p.text.length > 0)).toBe(true);
  });

  it('groups each change as one delete followed by one insert', () => {
    for (const [before, after] of PAIRS) {
      const parts = wordDiff(before, after);
      parts.forEach((part, i) => {
        const next = parts[i + 1];
        if (!next) return;
        // Never two parts of the same kind in a row, and never an insert followed by a delete.
        expect(next.kind).not.toBe(part.kind);
        expect(part.kind === 'insert' && next.kind === 'delete').toBe(false);
      });
    }
  });

  // [what it shows, before, after, [equal, delete, insert, equal]]
  it.each([
    ['a rewritten phrase as one replacement', 'Xiaomi bestätigt die Partnerschaft.', 'Xiaomi confirms the partnership.', ['Xiaomi ', 'bestätigt die Partnerschaft', 'confirms the partnership', '.']],
    ['words with umlauts as whole words', 'Die Größe zählt.', 'Die Länge zählt.', ['Die ', 'Größe', 'Länge', ' zählt.']],
    ['only the changed digit of a decimal number', 'um 8,5 % mehr', 'um 8,7 % mehr', ['um 8,', '5', '7', ' % mehr']],
    ['German quotation marks apart from the words', 'Er sagte „ja“.', 'Er sagte „nein“.', ['Er sagte „', 'ja', 'nein', '“.']],
  ] as const)('shows %s', (_what, before, after, [head, deleted, inserted, tail]) => {
    expect(wordDiff(before, after)).toEqual([
      { kind: 'equal', text: head },
      { kind: 'delete', text: deleted },
      { kind: 'insert', text: inserted },
      { kind: 'equal', text: tail },
    ]);
  });

  it('returns nothing for two empty strings and a single part for identical text', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('gleich', 'gleich')).toEqual([{ kind: 'equal', text: 'gleich' }]);
    expect(wordDiff('', 'neu')).toEqual([{ kind: 'insert', text: 'neu' }]);
  });
});

describe('diffStats', () => {
  it('counts inserted and deleted words', () => {
    const stats = diffStats(wordDiff('Der Umsatz stieg um 8,5 %.', 'Der Umsatz stieg um 8,7 % im Jahr 2024.'));
    expect(stats).toEqual({ insertedWords: 4, deletedWords: 1, changed: true });
  });

  it('reports a punctuation-only change as changed without counting words', () => {
    expect(diffStats(wordDiff('Ja, gut.', 'Ja gut.'))).toEqual({
      insertedWords: 0,
      deletedWords: 0,
      changed: true,
    });
  });

  it('reports unchanged text as unchanged', () => {
    expect(diffStats(wordDiff('Gleich.', 'Gleich.'))).toEqual({ insertedWords: 0, deletedWords: 0, changed: false });
    expect(diffStats([])).toEqual({ insertedWords: 0, deletedWords: 0, changed: false });
  });

  it('counts a rewritten phrase word by word', () => {
    const stats = diffStats(wordDiff('Xiaomi bestätigt die Partnerschaft.', 'Xiaomi confirms the new partnership.'));
    expect(stats).toEqual({ insertedWords: 4, deletedWords: 3, changed: true });
  });
});

describe('wordDiff reconstruction on generated edits', () => {
  // Deterministic pseudo-random edits so a failure can be replayed.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const VOCAB = ['Größe', 'ändern', 'Straße', '„Zitat“', '8,5 %', '€', 'the', 'über', '—', ',', '.', '  ', '\n', 'Ölpreis', '1.299,00', '(GmbH)', '–'];

  const mutate = (text: string): string => {
    const tokens = text.split(/(\s+)/);
    for (let n = 0; n < 3; n++) {
      const at = Math.floor(random() * (tokens.length + 1));
      const op = random();
      if (op < 0.33) tokens.splice(at, 1);
      else if (op < 0.66) tokens.splice(at, 0, pick(VOCAB));
      else tokens.splice(at, 1, pick(VOCAB));
    }
    return tokens.join('');
  };

  it('rebuilds both sides for 300 random edits', () => {
    let text = 'Der Ölpreis stieg am Montag um 8,5 % auf „über 90 Dollar“, sagte die Größe der Straße.';
    for (let n = 0; n < 300; n++) {
      const next = mutate(text);
      const parts = wordDiff(text, next);
      expect(side(parts, 'delete')).toBe(text);
      expect(side(parts, 'insert')).toBe(next);
      text = next.length > 300 || next.length < 20 ? 'Neuer Satz mit Größe und 8,5 %.' : next;
    }
  });
});
