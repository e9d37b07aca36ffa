import { describe, expect, it } from 'vitest';
import { garbledSourceCheck } from './garbled';
import type { CheckContext, Finding, SegmentInput } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const seg = (source: string, target: string): SegmentInput => ({ id: 1, paragraph: 0, source, target });
const spanText = (s: SegmentInput, f: Finding) =>
  f.side === 'source' ? f.sourceSpans.map((x) => s.source.slice(x.start, x.end)) : f.targetSpans.map((x) => s.target.slice(x.start, x.end));
/** The target findings, each with what it marks and the source finding it is tied to. */
function copies(s: SegmentInput) {
  const found = garbledSourceCheck(s, deEn);
  return found
    .filter((f) => f.side === 'target')
    .map((f) => {
      const tie = found.find((o) => o.side === 'source' && o.group === f.group);
      return { rule: f.rule, target: spanText(s, f).join('|'), source: tie ? spanText(s, tie).join('|') : undefined, category: f.category };
    });
}

describe('the English copy of a garbled German source', () => {
  it('marks a stranded date the translation keeps after a verb, tied to the source finding', () => {
    const s = seg('Das erste Telefon wird auf den Markt kommen Juli.', 'The first phone will come to market July.');
    expect(copies(s)).toEqual([{ rule: 'garbled-source.copied', target: 'July', source: 'Juli', category: 'fluency/grammar' }]);
  });

  it('leaves a translation that repaired the stranded date unmarked, and the source finding untied', () => {
    const s = seg('Das erste Telefon wird auf den Markt kommen Juli.', 'The first phone will come to market in July.');
    expect(copies(s)).toEqual([]);
    const source = garbledSourceCheck(s, deEn).find((f) => f.side === 'source');
    expect(source?.rule).toBe('garbled-source.stranded');
    expect(source?.group).toBeUndefined();
  });

  it('marks a doubled closing quotation and its fragment copied into the translation', () => {
    const s = seg('Technologien.“', 'Technologies.”');
    expect(copies(s)).toEqual([{ rule: 'garbled-source.copied', target: 'Technologies.”', source: 'Technologien.“', category: 'fluency/grammar' }]);
    expect(copies(seg('Technologien.“', 'Technologies.'))).toEqual([]);
  });

  it('marks a quotation glued to a noun as in the source, but not one a translator joined with a word', () => {
    const source = 'Die Firma wird eine Kampagne starten „Neue Wege“ mit dem Partner.';
    expect(copies(seg(source, 'The company will launch a campaign “New ways” with the partner.'))).toEqual([
      { rule: 'garbled-source.copied', target: '“New ways”', source: 'Kampagne starten|„Neue Wege“', category: 'fluency/grammar' },
    ]);
    expect(copies(seg(source, 'The company will launch a campaign called “New ways” with the partner.'))).toEqual([]);
  });

  it('marks a function word capitalised in mid-sentence only where the source lost a sentence break', () => {
    const source = 'Der Konzern startete den Trend 2016 mit Im Rahmen seiner Partnerschaft.';
    expect(copies(seg(source, 'The group started the trend in 2016 with In the framework of its partnership.'))).toMatchObject([
      { rule: 'garbled-source.copied', target: 'In', source: 'Im' },
    ]);
    expect(copies(seg(source, 'The group started the trend in 2016 as part of its partnership.'))).toEqual([]);
  });

  it('looks at the English only when the source is garbled', () => {
    expect(copies(seg('Das Telefon kommt im Juli auf den Markt.', 'The phone comes to market July.'))).toEqual([]);
  });
});
