import { describe, expect, it } from 'vitest';
import { openThesaurusSynonyms, wordnetSynonyms } from './thesaurus';

describe('wordnetSynonyms', () => {
  it('pairs words that share one of their first senses only', () => {
    const index = [
      'car n 5 3 @ ~ + 5 3 02958343 02959942 02960501 02960812 02934451',
      'auto n 1 2 @ ~ 1 1 02958343',
      'automobile n 1 3 @ ~ + 1 1 02958343',
      'cable_car n 1 2 @ #p 1 0 02934451',
      'gondola n 3 2 @ #p 3 0 04177820 03446070 02934451',
    ].join('\n');
    const data = [
      '02958343 06 n 04 car 0 auto 0 automobile 0 motorcar 0 000 | a motor vehicle',
      '02934451 06 n 02 cable_car 0 gondola 0 000 | a conveyance',
    ].join('\n');
    const syn = wordnetSynonyms([index], [data]);
    expect([...(syn.get('car') ?? [])].sort()).toEqual(['auto', 'automobile']);
    // "motorcar" has no index line here, so no rank: left out; "gondola" is car's fifth sense.
    expect(syn.has('motorcar')).toBe(false);
    expect(syn.get('gondola')).toBeUndefined();
  });
});

describe('openThesaurusSynonyms', () => {
  it('reads ;-separated sets, leaving out marked words, phrases and loose large sets', () => {
    const syn = openThesaurusSynonyms(
      ['# comment', 'oll (ugs., regional);abgegriffen;abgenutzt;alt;abgewetzt', `Gehalt;${Array.from({ length: 12 }, (_, i) => `Lohn${i}`).join(';')}`, 'Auto;Pkw;Kraftwagen;fahrbarer Untersatz (ugs.)'].join('\n'),
    );
    expect([...(syn.get('alt') ?? [])].sort()).toEqual(['abgegriffen', 'abgenutzt', 'abgewetzt']);
    expect(syn.has('oll')).toBe(false);
    expect(syn.has('gehalt')).toBe(false);
    expect([...(syn.get('auto') ?? [])].sort()).toEqual(['kraftwagen', 'pkw']);
  });
});
