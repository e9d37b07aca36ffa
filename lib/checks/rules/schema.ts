/** The shape of a rule catalogue file: every rule of a check family with its defaults and its examples. */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../types';

/** One example: a sentence pair, or several (a document) for the rules that compare segments. */
const pairSchema = z.object({ source: z.string().min(1), target: z.string().min(1) });

export const exampleSchema = z
  .object({
    direction: z.enum(['de-en', 'en-de']),
    source: z.string().min(1).optional(),
    target: z.string().min(1).optional(),
    segments: z.array(pairSchema).min(2).optional(),
    /** Text that a span of the finding must cover (in source or target), for a flag example. */
    marks: z.string().min(1).optional(),
    /** Glossary entries the example runs with. */
    glossary: z.array(z.object({ source: z.string(), target: z.string(), forbidden: z.array(z.string()).default([]) })).optional(),
    note: z.string().optional(),
  })
  .refine((e) => (e.segments !== undefined) !== (e.source !== undefined && e.target !== undefined), {
    message: 'An example has either source and target, or segments.',
  });

export const ruleSchema = z.object({
  /** `family.name`, stable: settings, dismissals and the risk model refer to it. */
  id: z.string().regex(/^[a-z][a-z-]*\.[a-z0-9][a-z0-9-]*$/, 'A rule id is family.name in lower case.'),
  label: z.string().min(1),
  description: z.string().min(1),
  category: z.enum(CATEGORIES),
  /** The severity when the project does not override it; a check may grade some findings of a rule itself. */
  severity: z.enum(SEVERITIES),
  /** Whether the rule runs when the project has not turned it on or off. */
  enabled: z.boolean(),
  examples: z.object({ flag: z.array(exampleSchema).min(1), pass: z.array(exampleSchema).min(1) }),
});

export const catalogueSchema = z.object({
  family: z.string().regex(/^[a-z][a-z-]*$/),
  rules: z.array(ruleSchema).min(1),
});

export type Rule = z.infer<typeof ruleSchema>;
export type RuleExample = z.infer<typeof exampleSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
