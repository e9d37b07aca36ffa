import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('keeps at most its limit, dropping the least recently used entry first', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // "a" is now the most recently used
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('replaces a value stored again without growing', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    expect(cache.set('a', 5)).toBe(5);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(5);
  });
});
