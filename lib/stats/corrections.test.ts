import { describe, expect, it } from 'vitest';
import { mineCorrections } from './corrections';
import type { SegmentHistory } from './history';

function history(segmentId: number, source: string, machine: string, final: string): SegmentHistory {
  return { segmentId, source, machine, final, revisions: [] };
}

const DE_EN = { sourceLang: 'de', targetLang: 'en-GB' } as const;

describe('mineCorrections', () => {
  const histories = [
    history(1, 'Die Maßnahme wurde gestern beschlossen.', 'The action was decided yesterday.', 'The measure was decided yesterday.'),
    history(2, 'Die neue Maßnahme wirkt.', 'The new action works.', 'The new measure works.'),
    history(3, 'Der Bericht ist lang.', 'The report is long.', 'The account is long.'),
    history(4, 'Diese Maßnahme ist teuer.', 'This action is expensive.', 'This Measure is expensive.'),
  ];

  it('proposes a substitution made in 3 segments, with the source word it translates', () => {
    expect(mineCorrections(histories, DE_EN)).toEqual([
      { source: 'Maßnahme', from: 'action', to: 'measure', count: 3, segmentIds: [1, 2, 4] },
    ]);
  });

  it('leaves a one-off change below minCount', () => {
    const all = mineCorrections(histories, { ...DE_EN, minCount: 1 });
    expect(all.map((p) => [p.from, p.to, p.count])).toEqual([
      ['action', 'measure', 3],
      ['report', 'account', 1],
    ]);
  });

  it('ignores changes of case, punctuation and spacing only', () => {
    const cosmetic = [
      history(1, 'Die Maßnahme.', 'The action.', 'The Action'),
      history(2, 'Die Maßnahme.', 'The action, too.', 'The action too.'),
      history(3, 'Die Maßnahme.', 'The  action.', 'The action.'),
    ];
    expect(mineCorrections(cosmetic, { ...DE_EN, minCount: 1 })).toEqual([]);
  });

  it('takes phrases of up to three words and skips longer rewrites', () => {
    const phrases = [
      history(1, 'Er trifft eine Entscheidung.', 'He meets a decision.', 'He makes a decision.'),
      history(2, 'Sie trifft eine Entscheidung.', 'She meets a decision.', 'She makes a decision.'),
      history(3, 'Er nahm daran teil.', 'He took part in it.', 'He participated in it.'),
      history(4, 'Das ist ein sehr großes Problem.', 'It is a very big problem.', 'It is an enormously serious and pressing issue.'),
    ];
    const found = mineCorrections(phrases, { ...DE_EN, minCount: 1 });
    expect(found.map((p) => [p.from, p.to, p.count])).toEqual([
      ['meets', 'makes', 2],
      ['took part', 'participated', 1],
    ]);
  });

  it('counts a change once per segment and ignores segments without machine output', () => {
    const repeated = [
      history(1, 'Maßnahme um Maßnahme.', 'Action after action.', 'Measure after measure.'),
      { ...history(2, 'Die Maßnahme.', 'The action.', 'The measure.'), machine: null },
    ];
    expect(mineCorrections(repeated, { ...DE_EN, minCount: 1 })).toMatchObject([{ from: 'Action', to: 'Measure', count: 1, segmentIds: [1] }]);
  });
});
