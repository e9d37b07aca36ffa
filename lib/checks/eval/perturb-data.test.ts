import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, parsePerturbSet } from './perturb';
import { PERTURBATION_KINDS, severityOf } from './perturb-kinds';

// The committed bench, as eval:checks reads it: the table's kinds and severities, both splits, spans in place.
describe.each(DIRECTIONS)('data/eval/perturb/%s.jsonl.gz', (direction) => {
  const items = parsePerturbSet(gunzipSync(readFileSync(new URL(`../../../data/eval/perturb/${direction}.jsonl.gz`, import.meta.url))).toString('utf8'));

  it('holds at least 30 kinds in each split, each kind with the severity of the table', () => {
    for (const split of ['dev', 'heldout'] as const) {
      expect(new Set(items.filter((i) => i.split === split).map((i) => i.kind)).size).toBeGreaterThanOrEqual(30);
    }
    for (const i of items) expect(i.severity).toBe(severityOf(i.kind));
    expect(PERTURBATION_KINDS.map((k) => k.kind)).toEqual(expect.arrayContaining([...new Set(items.map((i) => i.kind))]));
  });

  it('changes each target, and only inside its change span', () => {
    for (const i of items) {
      expect(i.target).not.toBe(i.control);
      const [c] = i.change.target;
      // Outside the span the perturbed target reads as the control's prefix and suffix (up to the spaces around an insertion).
      expect(i.control.startsWith(i.target.slice(0, c!.start).trimEnd())).toBe(true);
      expect(i.control.endsWith(i.target.slice(c!.end).trimStart())).toBe(true);
    }
  });

  it('keeps every page in one split', () => {
    const splitOf = new Map<string, string>();
    for (const i of items) {
      expect(splitOf.get(i.page) ?? i.split).toBe(i.split);
      splitOf.set(i.page, i.split);
    }
  });
});
