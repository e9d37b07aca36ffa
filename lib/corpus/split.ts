/**
 * The corpus split by page: about 30 % of pages are held out, chosen by a stable hash of the page name, so
 * every script that tunes on the corpus leaves the same pages alone.
 */

export type CorpusSplit = 'dev' | 'heldout';

/** Per cent of pages held out. */
export const HELDOUT_PERCENT = 30;

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`: small, stable and the same in every runtime. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `heldout` when FNV-1a-32 of the page name ("man1/ls.1") modulo 100 is below 30, else `dev`. */
export function corpusSplit(page: string): CorpusSplit {
  return fnv1a32(page) % 100 < HELDOUT_PERCENT ? 'heldout' : 'dev';
}
