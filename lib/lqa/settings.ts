/** LQA settings: how much each error severity and category weighs, and the pass mark. */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, type Category } from '../checks';

/** A Finding's severities plus MQM's 'neutral': a marked issue that is recorded but costs nothing (e.g. a preference). */
export const LQA_SEVERITIES = ['neutral', ...SEVERITIES] as const;
export type LqaSeverity = (typeof LQA_SEVERITIES)[number];

export interface LqaSettings {
  /** Penalty points one error of each severity costs. */
  severityWeights: Record<LqaSeverity, number>;
  /** Multiplier per category; a category left out weighs 1. */
  categoryWeights: Partial<Record<Category, number>>;
  /** Highest penalty per 1,000 source words that still passes. */
  passThreshold: number;
}

/**
 * MQM's default severity multipliers (MQM-Core scoring: neutral 0, minor 1, major 5, critical 25),
 * so scores compare with other MQM-based LQA. 15 points per 1,000 words (raw MQM quality score
 * 98.5) sits in the 10–20 band LQA programmes commonly use for publishable text: a 1,000-word text
 * passes with up to three major errors, and one critical error fails any text under ~1,670 words.
 * (lib/checks' segment risk is a model's chance of an error: it only ranks automatic findings, it grades nothing.)
 */
export const DEFAULT_LQA_SETTINGS: LqaSettings = {
  severityWeights: { neutral: 0, minor: 1, major: 5, critical: 25 },
  categoryWeights: {},
  passThreshold: 15,
};

const weight = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .min(0, `${what} cannot be negative.`)
    .max(1_000, `${what} can be at most 1,000.`);

const defaults = DEFAULT_LQA_SETTINGS.severityWeights;

/** Validates LQA settings from a request; missing fields get the defaults, unknown categories are refused. */
export const lqaSettingsSchema = z.object({
  severityWeights: z
    .object({
      neutral: weight('The neutral weight').default(defaults.neutral),
      minor: weight('The minor weight').default(defaults.minor),
      major: weight('The major weight').default(defaults.major),
      critical: weight('The critical weight').default(defaults.critical),
    })
    .prefault({}),
  categoryWeights: z
    .partialRecord(z.enum(CATEGORIES, { error: () => `Unknown category. Use one of: ${CATEGORIES.join(', ')}.` }), weight('A category weight'))
    .prefault({}),
  passThreshold: z
    .number({ error: 'The pass threshold must be a number.' })
    .min(0, 'The pass threshold cannot be negative.')
    .default(DEFAULT_LQA_SETTINGS.passThreshold),
}) satisfies z.ZodType<LqaSettings, unknown>;
