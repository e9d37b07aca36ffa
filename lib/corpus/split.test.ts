import { describe, expect, it } from 'vitest';
import { corpusSplit, fnv1a32 } from './split';

describe('corpusSplit', () => {
  it('hashes with FNV-1a 32-bit, so any language can restate the rule', () => {
    // Published FNV-1a test vectors.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('holds out about 30 % of pages, the same ones on every call', () => {
    const pages = Array.from({ length: 2000 }, (_, i) => `man${1 + (i % 8)}/page${i}.${1 + (i % 8)}`);
    const held = pages.filter((p) => corpusSplit(p) === 'heldout');
    expect(held.length / pages.length).toBeGreaterThan(0.27);
    expect(held.length / pages.length).toBeLessThan(0.33);
    expect(pages.filter((p) => corpusSplit(p) === 'heldout')).toEqual(held);
  });
});
