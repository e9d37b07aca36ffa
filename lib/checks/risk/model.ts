/**
 * The risk model as shipped: the generated weights (weights.json, written by scripts/train-risk.ts), each finding's
 * probability that it marks a real error, and a segment's risk from its findings, normalised for length.
 */
import { z } from 'zod';
import type { Finding } from '../types';
import { findingFeatures, segmentFeatures, segmentLength, type RiskSegment } from './features';
import { predict, type LogisticModel } from './logistic';
import generated from './weights.json';

const logisticSchema = z.object({ bias: z.number().finite(), weights: z.record(z.string(), z.number().finite()) });

export const riskWeightsSchema = logisticSchema.extend({
  /**
   * The chance a segment holds an error before any finding, from its length and length ratio (segmentFeatures);
   * null when the training script found it ranks no better without it.
   */
  segmentPrior: logisticSchema.nullable(),
  /** Segment risk = 1 − (1 − prior)·Π(1 − p)^min(1, (referenceLength / length)^alpha); alpha 0 = no length normalisation. */
  lengthNormalisation: z.object({ alpha: z.number().min(0).max(2), referenceLength: z.number().positive() }),
  /** What the weights were fitted on, for the record; the model does not read it. */
  trainedOn: z.record(z.string(), z.unknown()),
});
export type RiskWeights = z.infer<typeof riskWeightsSchema>;

/** The shipped weights, checked once at load: a hand edit that breaks them fails at start, not at the first review. */
export const RISK_WEIGHTS: RiskWeights = riskWeightsSchema.parse(generated);

export type ScoredFinding<F extends Finding = Finding> = F & { probability: number };

/** Each finding with the probability that it marks a real error, given the other findings of its segment. */
export function scoreFindings<F extends Finding>(findings: readonly F[], segment: RiskSegment, weights: LogisticModel = RISK_WEIGHTS): ScoredFinding<F>[] {
  return findings.map((f) => ({ ...f, probability: predict(weights, findingFeatures(f, findings, segment)) }));
}

/**
 * The probability that the segment holds an error: the findings and the prior combine as independent chances
 * (1 − (1 − prior)·Π(1 − p)), and the exponent scales the findings of a segment longer than the reference down
 * (alpha > 0), so a long segment does not rank high only for having room for more findings. A shorter one is not
 * scaled up: a segment's risk never exceeds the chance that one of its findings is real.
 */
export function combineRisk(
  probabilities: readonly number[],
  length: number,
  normalisation: RiskWeights['lengthNormalisation'] = RISK_WEIGHTS.lengthNormalisation,
  prior = 0,
): number {
  const logClean = probabilities.reduce((s, p) => s + Math.log1p(-Math.min(p, 1 - 1e-12)), 0);
  const scale = Math.min(1, (normalisation.referenceLength / Math.max(1, length)) ** normalisation.alpha);
  return 1 - (1 - prior) * Math.exp(logClean * scale);
}

/** The risk of a segment from its findings' probabilities (scoreFindings), its length and its prior. */
export function segmentRisk(findings: readonly { probability: number }[], segment: RiskSegment, weights: RiskWeights = RISK_WEIGHTS): number {
  const prior = weights.segmentPrior ? predict(weights.segmentPrior, segmentFeatures(segment)) : 0;
  return combineRisk(
    findings.map((f) => f.probability),
    segmentLength(segment),
    weights.lengthNormalisation,
    prior,
  );
}
