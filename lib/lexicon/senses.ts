/** A word's dictionary senses ranked by its counterpart in the word alignment: what the Dictionary panel shows. */
import type { BaseLang } from '../lang';
import type { Alignment } from './align';
import { englishCandidates, germanCandidates } from './morph';

export interface RankedSenses {
  /** Dictionary translations, the ones the aligned counterpart matches first, then the dictionary's order. */
  translations: string[];
  /** The words the alignment links the looked-up word to, surest first. */
  counterparts: string[];
  /** How many of the first `translations` match a counterpart. */
  aligned: number;
}

const formsOf = (word: string, lang: BaseLang) => (lang === 'de' ? germanCandidates(word) : englishCandidates(word));

/**
 * Ranks `translations` of `word` (a word of the alignment's `side`, possibly several words) by the tokens the
 * alignment links it to: a translation sharing a word (or base form) with a counterpart comes first, surest link
 * first. Without a counterpart the dictionary's order stands.
 */
export function rankSenses(word: string, translations: string[], alignment: Alignment, side: 'source' | 'target', otherLang: BaseLang): RankedSenses {
  const [mine, theirs] = side === 'source' ? [alignment.sourceTokens, alignment.targetTokens] : [alignment.targetTokens, alignment.sourceTokens];
  const wanted = new Set(word.toLowerCase().split(/[\s-]+/).filter(Boolean));
  const picked = new Set(mine.flatMap((t, i) => (wanted.has(t.text.toLowerCase()) ? [i] : [])));
  const best = new Map<string, number>();
  alignment.links.forEach(([s, t], k) => {
    const [me, other] = side === 'source' ? [s, t] : [t, s];
    if (!picked.has(me)) return;
    const text = theirs[other]!.text.toLowerCase();
    const confidence = alignment.confidence?.[k] ?? 1;
    if ((best.get(text) ?? -1) < confidence) best.set(text, confidence);
  });
  const counterparts = [...best].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  // Each counterpart's base forms, to its confidence: "rose" meets "rise", "announced" meets "announce".
  const forms = new Map<string, number>();
  for (const [text, confidence] of best) {
    for (const f of formsOf(text, otherLang)) if ((forms.get(f) ?? -1) < confidence) forms.set(f, confidence);
  }
  const score = (translation: string) => {
    let s = -1;
    for (const w of translation.toLowerCase().split(/[\s-]+/)) s = Math.max(s, forms.get(w) ?? -1);
    return s;
  };
  const scored = translations.map((t, i) => ({ t, i, s: score(t) }));
  const matching = scored.filter((x) => x.s >= 0).sort((a, b) => b.s - a.s || a.i - b.i);
  const rest = scored.filter((x) => x.s < 0);
  return { translations: [...matching, ...rest].map((x) => x.t), counterparts, aligned: matching.length };
}
