/** zod schemas for every HTTP body the API accepts. */
import { z } from 'zod';
import { sourceLangSchema, targetLangSchema } from './lang';

export const formatSchema = z.enum(['txt', 'md'], { error: () => 'The format must be "txt" or "md".' });

const text = (what: string) => z.string({ error: `${what} must be text.` });

export const createDocumentSchema = z.object({
  title: z.string().max(200, 'The title can be at most 200 characters.').optional(),
  sourceLang: sourceLangSchema,
  targetLang: targetLangSchema,
  format: formatSchema.default('txt'),
  text: text('The source text'),
  translation: z.discriminatedUnion(
    'mode',
    [
      z.object({ mode: z.literal('deepl') }),
      z.object({ mode: z.literal('none') }),
      z.object({
        mode: z.literal('provided'),
        origin: z.enum(['pasted', 'uploaded']),
        targets: z.array(z.string().max(5_000, 'A segment can hold at most 5,000 characters.')).max(20_000),
      }),
    ],
    { error: () => 'translation.mode must be "deepl", "none" or "provided".' },
  ),
});
export type CreateDocumentBody = z.infer<typeof createDocumentSchema>;

export const alignSchema = z.object({
  sourceLang: sourceLangSchema,
  targetLang: targetLangSchema,
  format: formatSchema.default('txt'),
  text: text('The source text'),
  translation: text('The translation'),
});

export const saveSegmentSchema = z.object({
  text: text('The translation'),
  baseVersion: z.number({ error: 'baseVersion (the version your edit is based on) is required.' }).int().min(0),
});

export const revertSchema = z.object({
  revisionId: z.number().int().positive(),
  baseVersion: z.number().int().min(0),
});

