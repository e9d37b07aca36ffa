import { describe, expect, it } from 'vitest';
import { decodeDictdNumber, dictdEntries, parseFreedictEntry } from './freedict';

describe('FreeDict entries', () => {
  it('decodes dictd base-64 offsets and slices entries by the index', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('BA')).toBe(64);
    const entry = 'alt /ˈalt/ <adj>\nold <adj>\n';
    const dict = Buffer.from(`00 header\n${entry}`);
    // "00 header\n" is 10 bytes (K), the entry 28 (c): offsets and lengths count bytes, not characters.
    expect(Buffer.byteLength(entry)).toBe(28);
    expect([...dictdEntries('00-database-info\tA\tK\nalt\tK\tc\n', dict)]).toEqual([entry]);
  });

  it('reads translations with their labels, leaving notes and examples out', () => {
    const pairs = parseFreedictEntry(
      'alt /ˈalt/ <adj>\ncast-off <adj> [Br.] , hand-me-down <adj> [Am.] , reach-me-down <adj> [coll.]  [dated]\n         Note: used by someone else before\n   Synonyms: {abgelegt}\n',
      'de',
    );
    expect(pairs.map((p) => [p.translation, p.marked])).toEqual([
      ['cast-off', false],
      ['hand-me-down', false],
      ['reach-me-down', true],
    ]);
    expect(pairs.every((p) => p.head === 'alt' && !p.noun)).toBe(true);
  });

  it('marks a German noun and a label in front of the whole line', () => {
    const [pair] = parseFreedictEntry('Haus /hˈaʊs/ <neut, n, sg>\n [adm.] establishment <n>, institution <n>\n', 'de');
    expect(pair).toEqual({ head: 'haus', translation: 'establishment', marked: false, noun: true });
    const slang = parseFreedictEntry('Alte /ˈaltə/ <fem, n, sg>\n [slang] old woman <n>\n', 'de');
    expect(slang[0]?.marked).toBe(true);
    const english = parseFreedictEntry('house /hˈaʊs/\nHaus <neut>\n      "build a house"  - ein Haus bauen\n', 'en');
    expect(english).toEqual([{ head: 'house', translation: 'haus', marked: false, noun: true }]);
  });
});
