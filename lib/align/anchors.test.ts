import { describe, expect, it } from 'vitest';
import { anchorsOf } from './anchors';

describe('anchorsOf', () => {
  it('normalises numbers so German and English notation meet', () => {
    expect(anchorsOf('Der Umsatz lag bei 1.000,5 Mio. Euro im Jahr 2023.').numbers).toEqual(['10005', '2023']);
    expect(anchorsOf('Revenue was 1,000.5 million euros in 2023.').numbers).toEqual(['10005', '2023']);
    expect(anchorsOf('Am 3. Mai um 10:30 Uhr, am 3. Mai wieder.').numbers).toEqual(['3', '10', '30']);
  });

  it('keeps capitalised words and acronyms but not the sentence’s first word', () => {
    expect(anchorsOf('In Berlin hat die EU-Kommission Google und die EU gerügt.').names).toEqual(['Berlin', 'EU-Kommission', 'Google', 'EU']);
    expect(anchorsOf('In Berlin the EU Commission reprimanded Google.').names).toEqual(['Berlin', 'EU', 'Commission', 'Google']);
    expect(anchorsOf('EU rules apply.').names).toEqual(['EU']);
    expect(anchorsOf('Also I think so.').names).toEqual([]);
  });

  it('finds nothing in plain lowercase text', () => {
    expect(anchorsOf('es regnet seit tagen.')).toEqual({ numbers: [], names: [] });
  });
});
