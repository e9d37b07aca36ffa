/** zod schemas for every HTTP body the API accepts, and the one check that refuses control characters in their text. */
import { z } from 'zod';
import { invalid } from './errors';
import { sourceLangSchema, targetLangSchema } from './lang';
import { CONCORDANCE_SIDES } from './tm';

export const formatSchema = z.enum(['txt', 'md'], { error: () => 'The format must be "txt" or "md".' });

const text = (what: string) => z.string({ error: `${what} must be text.` });

// C0 control characters but tab, line feed and carriage return: PostgreSQL cannot store NUL, and the others are not text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export interface ControlChar {
  /** Where in the value: ['translation', 'targets', 3]. */
  path: (string | number)[];
  /** "U+0000" */
  char: string;
  /** For a text of several lines, the line it is on. */
  line?: number;
}

/** The first control character in any string of a parsed body, keys included (objects and arrays are searched), or undefined. */
export function findControlChar(value: unknown, path: (string | number)[] = []): ControlChar | undefined {
  if (typeof value === 'string') {
    const at = value.search(CONTROL);
    if (at < 0) return undefined;
    const char = `U+${value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
    if (!value.includes('\n')) return { path, char };
    let line = 1;
    for (let i = value.indexOf('\n'); i >= 0 && i < at; i = value.indexOf('\n', i + 1)) line++;
    return { path, char, line };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlChar(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A bad key is reported at its object, so the message does not echo it.
      const found = findControlChar(key, path) ?? findControlChar(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** "contains a control character (U+0000) on line 3, which text cannot hold." */
export function describeControlChar(found: ControlChar): string {
  return `contains a control character (${found.char})${found.line ? ` on line ${found.line}` : ''}, which text cannot hold.`;
}

/** Refuses the decoded text of an uploaded file that holds a control character, naming the file and the line. */
export function checkFileText(fileName: string, text: string): void {
  const found = findControlChar(text);
  if (found) throw invalid(`"${fileName}" ${describeControlChar(found)} Remove it in your editor and upload the file again, or paste the text instead.`);
}

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


/** Concordance search in the translation memory: a phrase, the side to search, how many pairs. */
export const concordanceQuerySchema = z.object({
  q: z
    .string({ error: 'q (the words to search for) is required.' })
    .trim()
    .min(2, 'Type at least 2 characters to search the translation memory.')
    .max(200, 'Search for at most 200 characters: a phrase, not a paragraph.'),
  side: z.enum(CONCORDANCE_SIDES, { error: () => 'side must be "source", "target" or "both".' }).default('both'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** TMX import into the translation memory: the languages only when the file does not say them. */
export const tmImportFieldsSchema = z.object({
  sourceLang: sourceLangSchema.optional(),
  targetLang: targetLangSchema.optional(),
});
