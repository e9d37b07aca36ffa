/** WordNet 3.0 from its database files (Debian wordnet-base): which parts of speech a lemma has, and its antonyms, hypernyms and hyponyms. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type WnPos = 'n' | 'v' | 'a' | 'r';
const FILES: Record<WnPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Synset {
  words: string[];
  /** [symbol, offset, pos, source word number (0 = the whole synset), target word number]. */
  pointers: Array<[string, number, WnPos, number, number]>;
}

export interface WordNet {
  has(lemma: string, pos: WnPos): boolean;
  /** Direct antonyms of the lemma in its first senses, most frequent sense first. */
  antonyms(lemma: string, pos: WnPos): string[];
  /** Single-word lemmas of the hypernyms (or hyponyms) of the lemma's first sense. */
  hypernyms(lemma: string, pos: WnPos): string[];
  hyponyms(lemma: string, pos: WnPos): string[];
  /** Base forms from the exception lists (noun.exc, verb.exc …): "children" → "child". */
  exceptions(word: string, pos: WnPos): string[];
}

const normal = (w: string): string => w.replace(/_/g, ' ').replace(/\(.*\)$/, '');

export function loadWordNet(dir = '/usr/share/wordnet'): WordNet {
  const index: Record<WnPos, Map<string, number[]>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  const data = {} as Record<WnPos, Buffer>;
  const exc: Record<WnPos, Map<string, string[]>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  for (const pos of Object.keys(FILES) as WnPos[]) {
    for (const line of readFileSync(join(dir, `index.${FILES[pos]}`), 'latin1').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.trim().split(' ');
      const synsetCount = Number(f[2]);
      const pointerCount = Number(f[3]);
      const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map(Number);
      index[pos].set(f[0]!, offsets);
    }
    data[pos] = readFileSync(join(dir, `data.${FILES[pos]}`));
    for (const line of readFileSync(join(dir, `${FILES[pos]}.exc`), 'latin1').split('\n')) {
      const [form, ...bases] = line.split(' ');
      if (form) exc[pos].set(form, bases);
    }
  }
  const synsetCache = new Map<string, Synset>();
  function synset(pos: WnPos, offset: number): Synset {
    const key = `${pos}${offset}`;
    const cached = synsetCache.get(key);
    if (cached) return cached;
    const buf = data[pos];
    const end = buf.indexOf(10, offset);
    const f = buf.toString('latin1', offset, end).split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < wordCount; k++) words.push(normal(f[4 + 2 * k]!.toLowerCase()));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = f[at + 3]!;
      const p = f[at + 2] === 's' ? 'a' : (f[at + 2] as WnPos);
      pointers.push([f[at]!, Number(f[at + 1]), p, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
    const s = { words, pointers };
    synsetCache.set(key, s);
    return s;
  }
  const key = (lemma: string) => lemma.toLowerCase().replace(/ /g, '_');
  function related(lemma: string, pos: WnPos, symbol: string, senses: number): string[] {
    const out: string[] = [];
    for (const offset of (index[pos].get(key(lemma)) ?? []).slice(0, senses)) {
      const s = synset(pos, offset);
      const me = s.words.indexOf(lemma.toLowerCase()) + 1;
      for (const [sym, off, p, src, tgt] of s.pointers) {
        if (sym !== symbol) continue;
        if (src !== 0 && src !== me) continue;
        const t = synset(p, off);
        const words = tgt === 0 ? t.words : [t.words[tgt - 1]!];
        for (const w of words) if (!w.includes(' ') && w !== lemma && !out.includes(w)) out.push(w);
      }
    }
    return out;
  }
  return {
    has: (lemma, pos) => index[pos].has(key(lemma)),
    antonyms: (lemma, pos) => related(lemma, pos, '!', 2),
    hypernyms: (lemma, pos) => related(lemma, pos, '@', 1),
    hyponyms: (lemma, pos) => related(lemma, pos, '~', 1),
    exceptions: (word, pos) => exc[pos].get(word.toLowerCase()) ?? [],
  };
}
