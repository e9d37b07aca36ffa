/** The word lists and rule tables of the checks, one data file per table and language, validated once at load. */
import { z } from 'zod';
import type { BaseLang } from '../../lang';
import deScales from './de/scales.json';
import enScales from './en/scales.json';

const poleSchema = z.object({ gloss: z.string().min(1), forms: z.array(z.string().min(1)).min(1) });
const scaleSchema = z.object({
  id: z.string().min(1),
  poles: z.tuple([poleSchema, poleSchema]),
  /** Which endings the forms take: adjective (-e, -en, -er, -es, -em), noun (-e, -en, -s, -es) or none. */
  inflect: z.enum(['adjective', 'noun', 'none']),
  /** The value may change over time (a rise this year, a fall last year): only a contradiction within one sentence counts. */
  sameSegment: z.boolean().optional(),
});

const scalesFileSchema = z.object({
  /** Two poles that cannot both describe the same entity, for contradictions within a document. */
  scales: z.array(scaleSchema),
  /** Antonym pairs that only matter between a sentence and its translation („deutlich“ → "slightly"). */
  opposites: z.array(scaleSchema),
  /** Head nouns that name the same relation or thing; a compound ending in one belongs to the group. */
  headGroups: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Words that negate what follows them in a clause. */
  negations: z.array(z.string().min(1)),
  /** Words and signs that end a clause, for how far a description reaches. */
  clauseBreaks: z.array(z.string().min(1)),
});

export type Scale = z.infer<typeof scaleSchema>;
export type Pole = z.infer<typeof poleSchema>;
export type ScaleTables = z.infer<typeof scalesFileSchema>;

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lib/checks/data/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const SCALES: Record<BaseLang, ScaleTables> = {
  de: parse(scalesFileSchema, deScales, 'de/scales.json'),
  en: parse(scalesFileSchema, enScales, 'en/scales.json'),
};

/** The scale tables of one language. */
export function scaleTables(lang: BaseLang): ScaleTables {
  return SCALES[lang];
}
