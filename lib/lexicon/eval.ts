/**
 * Link precision and recall of the word aligner on hand-aligned sentence pairs (data/eval/alignment.de-en.jsonl).
 *
 * Format, one JSON object a line: `{ id, doc, split: "dev" | "test", genre, de, en, links }`, where each link is
 * `"<German words>=<English words>"`, words joined by `+` (every German word is linked to every English word),
 * each word written as the aligner's tokeniser cuts it ("century-old" is `century+old`), `word#2` for its second
 * occurrence. Only links with a content word on at least one side count, gold and predicted alike: the aligner
 * leaves function word ↔ function word links out on purpose.
 */
import { z } from 'zod';
import type { BaseLang } from '../lang';
import type { Alignment, Token } from './align';

const pairSchema = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  split: z.enum(['dev', 'test']),
  genre: z.string().min(1),
  de: z.string().min(1),
  en: z.string().min(1),
  links: z.array(z.string().regex(/^[^=]+=[^=]+$/, 'a link is "<German words>=<English words>"')).min(1),
});
export type GoldPair = z.infer<typeof pairSchema>;

/** Parses the JSONL file; a bad line throws with its line number. */
export function parseGoldPairs(text: string): GoldPair[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      const parsed = pairSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`alignment gold line ${n}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/** The token index a gold word (`text` or `text#n`) names; throws when the sentence has no such token. */
function tokenIndex(tokens: Token[], word: string, id: string): number {
  const [text, nth] = word.split('#');
  const wanted = Number(nth ?? 1);
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.text === text && ++seen === wanted) return i;
  throw new Error(`alignment gold ${id}: no token "${word}" in ${tokens.map((t) => t.text).join(' ')}`);
}

/** The gold links of a pair as `source:target` token-index keys, on the aligner's own tokens. */
export function goldLinks(pair: GoldPair, sourceTokens: Token[], targetTokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const link of pair.links) {
    const [de = '', en = ''] = link.split('=');
    for (const s of de.split('+')) {
      for (const t of en.split('+')) {
        const i = tokenIndex(sourceTokens, s.trim(), pair.id);
        const j = tokenIndex(targetTokens, t.trim(), pair.id);
        if (sourceTokens[i]!.content || targetTokens[j]!.content) out.add(`${i}:${j}`);
      }
    }
  }
  return out;
}

export interface AlignmentScore {
  pairs: number;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

type Aligner = (source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang) => Alignment;

/**
 * Precision and recall of `align` on the pairs; with `minConfidence`, only links of at least that
 * confidence count as predicted (alignments without confidences count in full).
 */
export function scoreAlignment(pairs: GoldPair[], align: Aligner, minConfidence = 0): AlignmentScore {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const pair of pairs) {
    const a = align(pair.de, pair.en, 'de', 'en');
    const expected = goldLinks(pair, a.sourceTokens, a.targetTokens);
    gold += expected.size;
    a.links.forEach(([i, j], k) => {
      if (!a.sourceTokens[i]!.content && !a.targetTokens[j]!.content) return;
      if ((a.confidence?.[k] ?? 1) < minConfidence) return;
      predicted++;
      if (expected.has(`${i}:${j}`)) correct++;
    });
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: pairs.length, gold, predicted, correct, precision, recall, f1 };
}

/** One line per score: "dev   24 pairs  P 81.0 %  R 70.2 %  F1 75.2 %  (… links)". */
export function formatAlignmentScore(label: string, s: AlignmentScore): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(7);
  return `${label.padEnd(22)} ${String(s.pairs).padStart(3)} pairs  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.correct} of ${s.predicted} predicted, ${s.gold} gold links)`;
}
