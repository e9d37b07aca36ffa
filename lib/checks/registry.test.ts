import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignedTargets } from '../review/seed';
import { segmentText } from '../segment';
import { checkDocument, checkDocumentLevel, checkSegment, type CheckSettings } from './registry';
import type { CheckContext, SegmentInput } from './types';

const dir = join(__dirname, '..', '..', 'data', 'samples');
const de = readFileSync(join(dir, 'xiaomi-leica.de.txt'), 'utf8');
const en = readFileSync(join(dir, 'xiaomi-leica.en.txt'), 'utf8');
const sources = segmentText(de, 'de', 'txt').flatMap((b) => b.sentences);
const targets = alignedTargets(de, en, 'txt', 'de');
// Ids out of order and one untranslated segment, as in a document after edits.
const doc: SegmentInput[] = sources.map((source, i) => ({ id: 100 - i, paragraph: i, source, target: i === 3 ? '' : (targets[i] ?? '') }));
const ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [{ source: 'Zusammenarbeit', target: 'cooperation', forbidden: ['partnership'] }] };

/** What a save or a single-segment view sees: each segment's own checks, then the document-level ones. */
function segmentBySegment(segments: SegmentInput[], settings?: CheckSettings) {
  const docLevel = checkDocumentLevel(segments, ctx, settings);
  return new Map(segments.map((s) => [s.id, [...checkSegment(s, ctx, settings), ...(docLevel.get(s.id) ?? [])]]));
}

describe('checkDocument', () => {
  it('finds for every segment exactly what checking it alone finds, in the same order', () => {
    const whole = checkDocument(doc, ctx);
    expect([...whole.keys()]).toEqual(doc.map((s) => s.id));
    expect(whole).toEqual(segmentBySegment(doc));
    expect([...whole.values()].flat().length).toBeGreaterThan(10);
  });

  it('applies the project settings the same way: a check turned off, a severity overridden', () => {
    const settings: CheckSettings = { coverage: { enabled: false }, 'garbled-source': { enabled: true, severity: 'critical' }, consistency: { enabled: false } };
    const whole = checkDocument(doc, ctx, settings);
    expect(whole).toEqual(segmentBySegment(doc, settings));
    const all = [...whole.values()].flat();
    expect(all.some((f) => f.check === 'coverage' || f.check === 'consistency')).toBe(false);
    expect(all.filter((f) => f.check === 'garbled-source').every((f) => f.severity === 'critical')).toBe(true);
    expect(all.some((f) => f.check === 'garbled-source')).toBe(true);
  });

  it('applies settings per rule: a rule turned off drops only its findings, a rule’s severity wins over its family’s', () => {
    const pair: SegmentInput[] = [{ id: 1, paragraph: 0, source: 'Das Projekt kostet 300 Euro und dauert 4 Monate.', target: 'The project costs money and lasts 5 months.' }];
    const rules = (settings?: CheckSettings) => [...checkDocument(pair, ctx, settings).values()].flat().filter((f) => f.check === 'numbers').map((f) => `${f.rule} ${f.severity}`);
    expect(rules()).toEqual(['numbers.value-changed major', 'numbers.missing major']);
    expect(rules({ 'numbers.missing': { enabled: false } })).toEqual(['numbers.value-changed major']);
    expect(rules({ numbers: { enabled: true, severity: 'minor' }, 'numbers.missing': { enabled: true, severity: 'critical' } })).toEqual([
      'numbers.value-changed minor',
      'numbers.missing critical',
    ]);
  });
});
