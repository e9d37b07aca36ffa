/** Figures for a risk model: reliability bins and Brier score of its probabilities, and how well a score ranks segments. */

export interface Outcome {
  p: number;
  y: 0 | 1;
}

export interface ReliabilityBin {
  n: number;
  predicted: number;
  observed: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean squared difference between probability and outcome; NaN for no outcomes. */
export function brierScore(outcomes: readonly Outcome[]): number {
  return outcomes.length ? mean(outcomes.map((o) => (o.p - o.y) ** 2)) : NaN;
}

/** Equal-count bins of the predictions in increasing order (10 = deciles): mean predicted against observed rate. */
export function reliabilityBins(outcomes: readonly Outcome[], bins = 10): ReliabilityBin[] {
  const sorted = [...outcomes].sort((a, b) => a.p - b.p);
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const bin = sorted.slice(Math.floor((b * sorted.length) / bins), Math.floor(((b + 1) * sorted.length) / bins));
    if (bin.length) out.push({ n: bin.length, predicted: mean(bin.map((o) => o.p)), observed: mean(bin.map((o) => o.y)) });
  }
  return out;
}

/**
 * The share of the positive segments (e.g. with a major error) that fall in the top `share` of all segments by
 * score. Ties at the cut count by their expected share, as if ordered at random among themselves, so an order that
 * leaves most segments tied at 0 is not credited for the file order. NaN when there is no positive segment.
 */
export function shareInTop(scores: readonly { score: number; positive: boolean }[], share = 0.2): number {
  const positives = scores.filter((s) => s.positive).length;
  const k = Math.round(share * scores.length);
  if (positives === 0) return NaN;
  if (k === 0) return 0;
  const cut = [...scores].sort((a, b) => b.score - a.score)[k - 1]!.score;
  const above = scores.filter((s) => s.score > cut);
  const tied = scores.filter((s) => s.score === cut);
  const hits = above.filter((s) => s.positive).length + ((k - above.length) * tied.filter((s) => s.positive).length) / tied.length;
  return hits / positives;
}
