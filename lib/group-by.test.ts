import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps keys in order of first appearance and items in their order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('keeps every item of a large list in its group', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ doc: i % 2, i }));
    const groups = groupBy(items, (x) => x.doc);
    expect(groups.get(0)).toHaveLength(50_000);
    expect(groups.get(1)![49_999]!.i).toBe(99_999);
  });
});
