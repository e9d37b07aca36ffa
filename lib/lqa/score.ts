/** MQM-style quality score of a reviewed translation from the errors reviewers marked in it. */
import { CATEGORIES, type Category, type Span } from '../checks';
import { DEFAULT_LQA_SETTINGS, LQA_SEVERITIES, type LqaSettings, type LqaSeverity } from './settings';

/** An error a reviewer marked on one side of a segment. */
export interface MarkedError {
  id: number;
  segmentId: number;
  side: 'source' | 'target';
  span: Span;
  category: Category;
  severity: LqaSeverity;
  author: string;
  /** ISO 8601 timestamp, as stored. */
  createdAt: string;
}

export interface LqaTally {
  count: number;
  penalty: number;
}

export interface LqaScore {
  /** Σ severity weight × category weight over all errors (MQM's absolute penalty total). */
  penalty: number;
  /** The source word count the penalty is normalised by. */
  wordCount: number;
  /** Penalty per 1,000 source words; 0 for an empty text. */
  perThousandWords: number;
  /**
   * MQM raw quality score, 100 × (1 − penalty / words) = 100 − perThousandWords / 10: 100 is
   * flawless; it goes below 0 when there is more than a penalty point per word.
   */
  qualityScore: number;
  /** perThousandWords ≤ passThreshold. */
  pass: boolean;
  /** Every category and severity is present, with zeros, so a report table has stable rows. */
  byCategory: Record<Category, LqaTally>;
  bySeverity: Record<LqaSeverity, LqaTally>;
}

export interface LqaInput {
  errors: readonly Pick<MarkedError, 'category' | 'severity'>[];
  /**
   * Words of the SOURCE text (countWords over the source segments), MQM's evaluation word count:
   * it does not change when the translation is edited, so scores of two versions compare.
   */
  wordCount: number;
  settings?: LqaSettings;
}

function tallies<K extends string>(keys: readonly K[]): Record<K, LqaTally> {
  return Object.fromEntries(keys.map((k) => [k, { count: 0, penalty: 0 }])) as Record<K, LqaTally>;
}

/** Scores marked errors against the source word count; an empty text scores 0 per 1,000 words and passes. */
export function lqaScore({ errors, wordCount, settings = DEFAULT_LQA_SETTINGS }: LqaInput): LqaScore {
  const byCategory = tallies(CATEGORIES);
  const bySeverity = tallies(LQA_SEVERITIES);
  let penalty = 0;
  for (const error of errors) {
    const points = settings.severityWeights[error.severity] * (settings.categoryWeights[error.category] ?? 1);
    penalty += points;
    byCategory[error.category].count++;
    byCategory[error.category].penalty += points;
    bySeverity[error.severity].count++;
    bySeverity[error.severity].penalty += points;
  }
  // A text without words has nothing to normalise by; its errors are still listed in the tallies.
  const words = Number.isFinite(wordCount) && wordCount > 0 ? wordCount : 0;
  const perThousandWords = words === 0 ? 0 : (penalty * 1000) / words;
  return {
    penalty,
    wordCount: words,
    perThousandWords,
    qualityScore: 100 - perThousandWords / 10,
    pass: perThousandWords <= settings.passThreshold,
    byCategory,
    bySeverity,
  };
}
