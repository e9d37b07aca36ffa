/** The Gale–Church length model: how plausible it is that two texts translate each other, judged by their character lengths. */

export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of the target length per source character. */
  variance: number;
}

/** Gale & Church (1993) measured 6.8 on parliamentary text; free translations vary more, never less. */
export const GALE_CHURCH_VARIANCE = 6.8;

/**
 * German text runs roughly 10–20 % longer than English in characters (the usual localisation
 * rule of thumb); only a prior that the document's own ratio outweighs after a few hundred characters.
 */
const GERMAN_PER_ENGLISH_CHAR = 1.15;

/** Characters of prior evidence: small, so even a short document soon speaks for itself. */
const PRIOR_WEIGHT_CHARS = 300;

/** A ratio outside this range means the wrong text was pasted; clamping keeps the model usable anyway. */
const RATIO_MIN = 0.5;
const RATIO_MAX = 2;

/** Above this the estimate is mostly pairs that do not correspond, not translator freedom. */
const VARIANCE_MAX = 40;

/** Median of a chi-square variable with one degree of freedom: turns a median of z² into a variance. */
const CHI2_1_MEDIAN = 0.455;

/** The expected target/source character ratio before looking at the document. */
export function priorRatio(sourceLang: 'de' | 'en', targetLang: 'de' | 'en'): number {
  if (sourceLang === targetLang) return 1;
  return sourceLang === 'en' ? GERMAN_PER_ENGLISH_CHAR : 1 / GERMAN_PER_ENGLISH_CHAR;
}

/**
 * Estimates the model from pairs of lengths believed to correspond (matched paragraphs): the
 * length-weighted median ratio shrunk towards the prior, and the variance from the median squared
 * residual, so that a paragraph the translator mostly left out moves neither much.
 */
export function estimateModel(pairs: readonly { source: number; target: number }[], prior: number): LengthModel {
  const sourceTotal = pairs.reduce((sum, p) => sum + p.source, 0);
  const observed = sourceTotal > 0 ? weightedMedianRatio(pairs, sourceTotal) : prior;
  const shrunk = (sourceTotal * observed + PRIOR_WEIGHT_CHARS * prior) / (sourceTotal + PRIOR_WEIGHT_CHARS);
  const ratio = Math.min(RATIO_MAX, Math.max(RATIO_MIN, shrunk));

  const squared = pairs
    .filter((p) => p.source > 0 && p.target > 0)
    .map((p) => lengthZ(p.source, p.target, { ratio, variance: 1 }) ** 2)
    .sort((a, b) => a - b);
  // Fewer than four pairs say nothing reliable about spread.
  if (squared.length < 4) return { ratio, variance: GALE_CHURCH_VARIANCE };
  const mid = squared.length >> 1;
  const median = squared.length % 2 ? squared[mid]! : (squared[mid - 1]! + squared[mid]!) / 2;
  const variance = Math.min(VARIANCE_MAX, Math.max(GALE_CHURCH_VARIANCE, median / CHI2_1_MEDIAN));
  return { ratio, variance };
}

/** The target/source ratio at which half of the source characters lie in pairs with a lower ratio. */
function weightedMedianRatio(pairs: readonly { source: number; target: number }[], sourceTotal: number): number {
  const sorted = pairs.filter((p) => p.source > 0).sort((a, b) => a.target / a.source - b.target / b.source);
  let seen = 0;
  for (const p of sorted) {
    seen += p.source;
    if (seen >= sourceTotal / 2) return p.target / p.source;
  }
  return 1; // unreachable: sourceTotal > 0 means some pair crosses half
}

/** How many standard deviations the target length is from what the source length predicts. */
export function lengthZ(sourceLength: number, targetLength: number, model: LengthModel): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / model.ratio) / 2;
  return (model.ratio * sourceLength - targetLength) / Math.sqrt(model.variance * mean);
}

/**
 * −ln P(|Z| ≥ |z|) for a standard normal Z, i.e. −ln erfc(|z|/√2). Computed in log space (Numerical
 * Recipes' erfc approximation, relative error < 1.2e-7) so that long mismatches do not underflow to ∞.
 */
export function lengthCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
      t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.max(0, -(Math.log(t) - x * x + poly));
}
