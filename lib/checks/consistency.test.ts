import { describe, expect, it, vi } from 'vitest';
import { consistencyCheck, forgetLastRun, termRenderings } from './consistency';
import type { CheckContext, Finding, SegmentInput } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
let nextId = 1;
const seg = (source: string, target = '', paragraph = 0): SegmentInput => ({ id: nextId++, paragraph, source, target });
const all = (m: Map<number, Finding[]>) => [...m].flatMap(([id, fs]) => fs.map((f) => ({ id, ...f })));

describe('repeated sentences', () => {
  it('flags the minority translation of a repeated source sentence and offers the majority one', () => {
    const a = seg('Mehr dazu später.', 'More on that later.');
    const b = seg('Mehr  dazu später.', 'More about this later.');
    const c = seg('mehr dazu später.', 'More on that later.');
    const found = all(consistencyCheck([a, b, c], deEn));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: b.id, category: 'terminology', severity: 'minor' });
    expect(found[0]!.message).toContain('More on that later.');
    expect(found[0]!.fix).toEqual({ side: 'target', span: { start: 0, end: 22 }, replacement: 'More on that later.', label: `Use the translation of segment ${a.id}` });
  });

  it('flags different sources with the same translation of four words or more', () => {
    const a = seg('Die Zahlen sind sehr gut.', 'The figures are very good indeed.');
    const b = seg('Die Ergebnisse sind sehr gut.', 'The figures are very good indeed.');
    const c = seg('Ja.', 'Yes.');
    const d = seg('Genau.', 'Yes.');
    const found = all(consistencyCheck([a, b, c, d], deEn));
    expect(found.map((f) => [f.id, f.category])).toEqual([
      [a.id, 'accuracy/mistranslation'],
      [b.id, 'accuracy/mistranslation'],
    ]);
  });

  it('ignores untranslated segments', () => {
    expect(consistencyCheck([seg('Mehr dazu später.', ''), seg('Mehr dazu später.', 'More later.')], deEn).size).toBe(0);
  });
});

describe('termRenderings and name spelling', () => {
  const doc = () => [
    seg('Canon stellt die neue Kamera vor.', 'Canon presents the new camera.', 0),
    seg('Das erste Modell heißt Canon R9.', 'The first model is called Cannon R9.', 1),
    seg('Die Canon R9 kostet 999 Euro.', 'The Canon R9 costs 999 euros.', 2),
    seg('Canon R9 kommt im Mai, sagte Canons Chef.', "Canon R9 arrives in May, said Canon's boss.", 2),
  ];

  it('groups every rendering of a recurring name', () => {
    const terms = termRenderings(doc());
    const r9 = terms.find((t) => t.term === 'Canon R9')!;
    expect(r9.renderings).toEqual([
      { text: 'Canon R9', count: 2 },
      { text: 'Cannon R9', count: 1 },
    ]);
    expect(r9.occurrences.map((o) => o.rendering)).toEqual(['Cannon R9', 'Canon R9', 'Canon R9']);
    const canon = terms.find((t) => t.term === 'Canon')!;
    expect(canon.occurrences).toHaveLength(2); // "Canons" (genitive) counts as "Canon"
  });

  it('flags a name spelled differently in the target, with a fix', () => {
    const segments = doc();
    const found = all(consistencyCheck(segments, deEn)).filter((f) => f.category === 'terminology');
    expect(found).toHaveLength(1);
    expect(found[0]!.id).toBe(segments[1]!.id);
    expect(found[0]!.message).toContain('„Cannon R9“');
    const fix = found[0]!.fix!;
    expect(segments[1]!.target.slice(fix.span.start, fix.span.end)).toBe('Cannon R9');
    expect(fix.replacement).toBe('Canon R9');
  });

  it('does not count a difference in case alone', () => {
    const segments = [
      seg('Marketing ist alles.', 'Marketing is everything.'),
      seg('Das ist nur Marketing.', 'That is just marketing.'),
    ];
    expect(all(consistencyCheck(segments, deEn))).toEqual([]);
  });
});

describe('contradictions', () => {
  it('flags a later description that contradicts an earlier one of the same relation (synonym heads)', () => {
    const segments = [
      seg('Der Verlag meldet eine langfristige Kooperation mit der Druckerei.', '', 0),
      seg('Das Wetter war gut.', '', 1),
      seg('Die „befristete Zusammenarbeit“ soll im Mai beginnen.', '', 2),
    ];
    const found = all(consistencyCheck(segments, deEn));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: segments[2]!.id, category: 'source-quality', severity: 'major', side: 'source' });
    expect(found[0]!.message).toBe(
      '„befristete“ (fixed-term) contradicts „langfristige“ (long-term) in paragraph 1 — both describe the partnership.',
    );
  });

  it('treats a negation as the opposite pole', () => {
    const segments = [seg('Der Vertrag ist exklusiv.'), seg('Der Vertrag ist nicht exklusiv, sagt der Anwalt.')];
    const found = all(consistencyCheck(segments, deEn));
    expect(found.map((f) => [f.id, f.category])).toEqual([[segments[1]!.id, 'source-quality']]);
    expect(found[0]!.message).toContain('„nicht exklusiv“ (non-exclusive)');
  });

  it('leaves different entities and changing figures alone', () => {
    const segments = [
      seg('Das Museum zeigt eine dauerhafte Ausstellung.'),
      seg('Die Bibliothek bietet einen befristeten Vertrag an.'),
      seg('Der Umsatz ist gestiegen.'),
      seg('Im Vorjahr war der Umsatz gesunken.'),
      seg('Der Umsatz stieg und der Gewinn sank.'),
    ];
    expect(all(consistencyCheck(segments, deEn))).toEqual([]);
  });

  it('flags a rise and a fall of the same figure within one sentence', () => {
    const s = seg('Der Umsatz ist gestiegen, wobei der Umsatz gesunken ist.');
    const [f] = all(consistencyCheck([s], deEn));
    expect(f!.message).toContain('earlier in this segment');
    expect(f!.sourceSpans).toHaveLength(2);
  });

  it('checks an English source and a German target', () => {
    const segments = [
      seg('The firms signed a permanent agreement.', 'Die Firmen unterzeichneten eine dauerhafte Vereinbarung.', 0),
      seg('The agreement is exclusive.', 'Die Vereinbarung ist befristet.', 1),
    ];
    expect(all(consistencyCheck(segments, enDe))).toEqual([
      expect.objectContaining({ id: segments[1]!.id, category: 'accuracy/mistranslation', side: 'target' }),
    ]);
    const english = [seg('It is a long-term deal.', '', 0), seg('The temporary deal ends in May.', '', 1)];
    expect(all(consistencyCheck(english, enDe))[0]!.message).toContain('„temporary“ (fixed-term) contradicts „long-term“');
  });

  it('does not blame the translation for a contradiction the source already has', () => {
    const segments = [
      seg('Eine langfristige Partnerschaft.', 'A long-term partnership.', 0),
      seg('Eine befristete Partnerschaft.', 'A fixed-term partnership.', 1),
    ];
    expect(all(consistencyCheck(segments, deEn)).map((f) => f.category)).toEqual(['source-quality']);
  });
});

describe('re-checking after one edit', () => {
  // A document with recurring names, a repeated sentence and a contradiction, edited one segment at a time as a
  // translator would: every result after an edit must equal a check of the edited document from scratch.
  const base = (): SegmentInput[] => [
    seg('Canon stellt die neue Kamera vor.', 'Canon presents the new camera.', 0),
    seg('Der Verlag meldet eine langfristige Kooperation mit Canon.', 'The publisher reports a long-term cooperation with Canon.', 0),
    seg('Das erste Modell heißt Canon R9.', 'The first model is called Cannon R9.', 1),
    seg('Mehr dazu später.', 'More on that later.', 1),
    seg('Die Canon R9 kostet 999 Euro.', 'The Canon R9 costs 999 euros.', 2),
    seg('Mehr dazu später.', 'More about this later.', 2),
    seg('Die „befristete Zusammenarbeit“ soll im Mai beginnen.', 'The "fixed-term cooperation" is to begin in May.', 3),
    seg('Das Wetter war gut.', 'The weather was good.', 3),
    seg('Auch Nikon zeigt neue Modelle.', 'Nicon also shows new models.', 4),
  ];
  const edits: Array<[number, Partial<SegmentInput>]> = [
    [7, { target: 'The weather was fine.' }], // no term, no scale word: the fast path
    [2, { target: 'The first model is called Canon R9.' }], // a name now spelled like elsewhere
    [5, { target: 'More on that later.' }], // the repeated sentence agrees now
    [7, { target: 'The weather was good, and the cooperation is long-term.' }], // a scale word appears
    [7, { target: 'The weather was good.' }], // and goes again
    [6, { source: 'Die „langfristige Zusammenarbeit“ soll im Mai beginnen.' }], // the contradiction is gone
    [4, { target: '' }], // a target emptied
    [4, { target: 'The Cannon R9 costs 999 euros.' }],
    [0, { source: 'Canon stellt die neue Kamera vor.', target: 'Canon presents its new camera.' }],
    [0, { target: 'Cannon presents its new camera.' }], // the same names carried, another rendering
    [7, { source: 'Nikon stellt ebenfalls aus.', target: 'Nikon is exhibiting too.' }], // a new carried name
    [8, { target: 'Nikon is exhibiting too.' }], // two sources, one translation
    [3, { source: 'Auch Nikon zeigt neue Modelle.', target: 'Nicon shows new models, too.' }], // a source now repeated
    [8, { target: 'Nicon also shows new models.' }], // the repeated source rendered two ways; the shared target gone
    [5, { source: 'Auch Nikon zeigt neue Modelle.' }], // a third occurrence joins the group
    [3, { target: '' }], // a group member emptied: every later position moves
    [3, { target: 'Nicon also shows new models.' }],
    [6, { source: 'Die „befristete Zusammenarbeit“ soll im Mai beginnen.' }], // the contradiction is back
    [1, { paragraph: 1 }], // its earlier mention moves to another paragraph: the message names it
    [7, { source: 'Die langfristige Kooperation ist eine befristete Zusammenarbeit.' }], // one inside a segment
    [7, { source: 'Das Wetter war gut.' }],
  ];

  it.each([deEn, enDe])('gives the same findings as a full check (%#)', async (ctx) => {
    let doc = base();
    forgetLastRun();
    consistencyCheck(doc, ctx);
    for (const [n, [index, change]] of edits.entries()) {
      doc = doc.map((s, i) => (i === index ? { ...s, ...change } : s));
      // Term renderings read the document afresh, so the next check cannot build on this one: asked after
      // every third edit only, so that most checks follow another check as after a save.
      const incremental = { findings: all(consistencyCheck(doc, ctx)), terms: n % 3 === 2 ? termRenderings(doc) : undefined };
      // A fresh copy of the module: no caches, nothing remembered from earlier runs.
      vi.resetModules();
      const fresh = await import('./consistency');
      const copy = doc.map((s) => ({ ...s }));
      expect(incremental).toEqual({ findings: all(fresh.consistencyCheck(copy, ctx)), terms: n % 3 === 2 ? fresh.termRenderings(copy) : undefined });
    }
  });

  it('finds the changes an edit makes: a fixed name spelling and a new contradiction', () => {
    forgetLastRun();
    let doc = base();
    const before = all(consistencyCheck(doc, deEn));
    expect(before.some((f) => f.message.includes('Cannon R9'))).toBe(true);
    doc = doc.map((s, i) => (i === 2 ? { ...s, target: 'The first model is called Canon R9.' } : s));
    expect(all(consistencyCheck(doc, deEn)).some((f) => f.message.includes('Cannon R9'))).toBe(false);
    doc = doc.map((s, i) => (i === 7 ? { ...s, source: 'Die Kooperation mit Canon ist befristet.' } : s));
    expect(all(consistencyCheck(doc, deEn)).filter((f) => f.category === 'source-quality').map((f) => f.id)).toContain(doc[7]!.id);
  });
});
