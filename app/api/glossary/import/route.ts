import { z } from 'zod';
import { env } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { handle, parseWith } from '@/lib/http';
import { readUploadForm } from '@/lib/http-body';
import { GLOSSARY_IMPORT_MODES, importGlossary } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const lang = z.enum(['de', 'en'], { error: () => 'Languages must be "de" or "en".' });
const fieldsSchema = z.object({
  mode: z.enum(GLOSSARY_IMPORT_MODES, { error: () => 'mode must be "merge" (add and update terms) or "replace" (the file becomes the glossary).' }),
  /** TBX only: which of the file's languages is the source; otherwise the file says. */
  sourceLang: lang.optional(),
  targetLang: lang.optional(),
});

/** Imports a CSV or TBX glossary, merging it into the project glossary or replacing it. */
export const POST = handle(async (req) => {
  const actor = await authorize(req, 'editor');
  const { fields, files } = await readUploadForm(req, { maxFileBytes: env().MAX_UPLOAD_BYTES, maxFiles: 1 });
  const body = parseWith(fieldsSchema, fields);
  if (!files.file) throw invalid('No file was sent. Choose a .csv or .tbx glossary file.');
  const result = await importGlossary(await getDb(), {
    file: files.file,
    mode: body.mode,
    ...(body.sourceLang && body.targetLang ? { langs: { sourceLang: body.sourceLang, targetLang: body.targetLang } } : {}),
    who: { name: actor.name, id: actor.id },
  });
  return Response.json(result);
});
