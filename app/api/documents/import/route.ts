import { z } from 'zod';
import { env } from '@/lib/env';
import { DomainError, invalid } from '@/lib/errors';
import { textEncodingSchema } from '@/lib/formats';
import { handle, parseWith } from '@/lib/http';
import { jsonBodyLimit, readUploadForm } from '@/lib/http-body';
import { sourceLangSchema, targetLangSchema } from '@/lib/lang';
import { importFile } from '@/lib/review';
import { authorize, getDb, getEngine, startTranslation } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const fieldsSchema = z.object({
  sourceLang: sourceLangSchema.optional(),
  targetLang: targetLangSchema.optional(),
  title: z.string().max(200, 'The title can be at most 200 characters.').optional(),
  /** For a .docx or text source without a translation: machine-translate it after import. */
  translation: z.enum(['none', 'deepl'], { error: () => 'translation must be "none" or "deepl".' }).default('none'),
  /** Parallel texts: the checked alignment's targets, one per source segment, as a JSON array. */
  targets: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return undefined;
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'targets must be a JSON array of strings.' });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.string().max(5_000, 'A segment can hold at most 5,000 characters.')).max(20_000).optional()),
  /** What a .txt/.md upload is in, when not UTF-8. */
  encoding: textEncodingSchema.optional(),
});

/**
 * Imports a file as a document: .docx, XLIFF 1.2/2.0, TMX, or a source with its translation
 * (`translationFile`), which first answers with the alignment to check and imports once `targets` are sent.
 */
export const POST = handle(async (req) => {
  const actor = await authorize(req, 'translator');
  // A source and its translation, and the checked alignment's targets once they come back.
  const { fields, files } = await readUploadForm(req, { maxFileBytes: env().MAX_UPLOAD_BYTES, maxFiles: 2, maxFieldBytes: jsonBodyLimit(env().MAX_SOURCE_CHARS) });
  const body = parseWith(fieldsSchema, fields);
  const file = files.file;
  if (!file) throw invalid('No file was sent. Choose a .docx, .xlf/.xliff, .tmx, or a .txt/.md file with its translation.');
  if (body.translation === 'deepl' && !getEngine()) {
    throw new DomainError('engine-missing', 'Machine translation is not configured on this server (DEEPL_AUTH_KEY is not set). Import without translation, or with your own translation file.');
  }
  const result = await importFile(
    await getDb(),
    {
      file,
      translationFile: files.translationFile,
      sourceLang: body.sourceLang,
      targetLang: body.targetLang,
      title: body.title,
      targets: body.targets,
      encoding: body.encoding,
      author: actor.name,
      authorId: actor.id,
    },
    { maxSourceChars: env().MAX_SOURCE_CHARS, maxUploadBytes: env().MAX_UPLOAD_BYTES },
  );
  if (result.kind === 'alignment') return Response.json(result);
  if (body.translation === 'deepl' && !files.translationFile && result.document.translationState === 'none') await startTranslation(result.document.id);
  return Response.json(result, { status: 201 });
});
