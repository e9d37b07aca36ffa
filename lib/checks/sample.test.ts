import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignedTargets } from '../review/seed';
import { segmentText } from '../segment';
import { checkDocument } from './registry';

// Acceptance test on the bundled sample: the errors data/samples/README.md promises a reviewer are all
// pointed at. The rules themselves are tested with sentences of their own in each check's tests.
const dir = join(__dirname, '..', '..', 'data', 'samples');
const de = readFileSync(join(dir, 'xiaomi-leica.de.txt'), 'utf8');
const en = readFileSync(join(dir, 'xiaomi-leica.en.txt'), 'utf8');
const sources = segmentText(de, 'de', 'txt').flatMap((b) => b.sentences);
const targets = alignedTargets(de, en, 'txt', 'de');
const doc = sources.map((source, i) => ({ id: i + 1, paragraph: i, source, target: targets[i] ?? '' }));
const findings = checkDocument(doc, { sourceLang: 'de', targetLang: 'en', glossary: [] });
/** What the findings of a check mark, as "side: text". */
const marked = (check: string) =>
  doc.flatMap((s) =>
    (findings.get(s.id) ?? [])
      .filter((f) => f.check === check)
      .flatMap((f) => [...f.sourceSpans.map((x) => `source: ${s.source.slice(x.start, x.end)}`), ...f.targetSpans.map((x) => `target: ${s.target.slice(x.start, x.end)}`)]),
  );

describe('the bundled sample article', () => {
  it('points at the three errors its translation keeps on purpose', () => {
    expect(marked('numbers')).toContain('target: 2021'); // „2022“ became 2021
    expect(marked('coverage')).toEqual(expect.arrayContaining(['source: naher', 'source: Plus'])); // "in the near future" left out, "Plus" lost
  });

  it('points at its garbled source passages and the contradiction', () => {
    const garbled = marked('garbled-source');
    expect(garbled).toEqual(expect.arrayContaining(['source: Juli', 'source: Zusammenarbeit Ende März', 'source: Im']));
    expect(garbled.some((m) => m.includes('Befristete strategische Zusammenarbeit'))).toBe(true);
    expect(marked('consistency').some((m) => m.startsWith('source: Befristete'))).toBe(true);
  });

  it('marks the doubled closing quote with its fragment and the verb phrase the stray quotation follows', () => {
    const garbled = marked('garbled-source');
    expect(garbled).toEqual(expect.arrayContaining(['source: Technologien.“', 'source: Kampagne starten']));
  });

  it('raises no false alarm on wording a translator rightly drops: „im Jahr“, „ein paar“, „mit ziemlicher Sicherheit“', () => {
    const all = doc.flatMap((s) => (findings.get(s.id) ?? []).flatMap((f) => f.sourceSpans.map((x) => `${f.check}: ${s.source.slice(x.start, x.end)}`)));
    for (const word of ['Jahr', 'paar', 'Sicherheit', 'ziemlicher']) expect(all.filter((m) => m.includes(word))).toEqual([]);
  });

  it('marks the English sentences that copy a garble, each tied to its source finding', () => {
    const ties = doc.flatMap((s) => {
      const all = findings.get(s.id) ?? [];
      return all
        .filter((f) => f.side === 'target' && f.group)
        .map((f) => {
          const source = all.find((o) => o.side === 'source' && o.group === f.group)!;
          return `${s.source.slice(source.sourceSpans[0]!.start, source.sourceSpans.at(-1)!.end)} → ${s.target.slice(f.targetSpans[0]!.start, f.targetSpans[0]!.end)}`;
        });
    });
    expect(ties).toEqual(expect.arrayContaining(['Juli → July', 'Technologien.“ → Technologies.”']));
    expect(ties.some((t) => t.startsWith('Kampagne starten „Befristete') && t.endsWith('→ “Fixed-term strategic collaboration”'))).toBe(true);
  });
});
