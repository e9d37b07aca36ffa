import { describe, expect, it } from 'vitest';
import { checkDocument, type CheckContext, type SegmentInput } from '../checks';
import { findingsAfterSave, storedFindings, type StoredFinding } from './findings';

const ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const doc: SegmentInput[] = [
  { id: 1, paragraph: 0, source: 'Mehr dazu später.', target: 'More on that later.' },
  { id: 2, paragraph: 1, source: 'Mehr dazu später.', target: 'More about this later.' },
  { id: 3, paragraph: 2, source: 'Mehr dazu später.', target: 'More on that later.' },
];
const consistency = (findings: { check: string }[]) => findings.filter((f) => f.check === 'consistency').length;

describe('findingsAfterSave', () => {
  const initial = checkDocument(doc, ctx);
  const previous = new Map<number, StoredFinding[]>(doc.map((s) => [s.id, storedFindings(initial.get(s.id) ?? [], s)]));

  it('rewrites the saved segment and only the others whose document-level findings changed', () => {
    expect(consistency(previous.get(2)!)).toBe(1);
    // Segment 1 now reads like segment 2: segment 3 becomes the odd one out, segment 2 no longer is.
    const saved = doc.map((s) => (s.id === 1 ? { ...s, target: 'More about this later.' } : s));
    const rows = findingsAfterSave(saved, 1, previous, ctx);
    expect(rows.map((r) => r.seg.id).sort()).toEqual([1, 2, 3]);
    const byId = new Map(rows.map((r) => [r.seg.id, r.findings]));
    expect(consistency(byId.get(2)!)).toBe(0);
    expect(consistency(byId.get(3)!)).toBe(1);
  });

  it('leaves the other segments alone when their document-level findings stay the same', () => {
    // Only the spacing changed: the repeated sentences still agree, so segment 2 keeps its stored finding.
    const saved = doc.map((s) => (s.id === 1 ? { ...s, target: 'More on that  later.' } : s));
    expect(findingsAfterSave(saved, 1, previous, ctx).map((r) => r.seg.id)).toEqual([1]);
  });
});
