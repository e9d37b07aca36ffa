import { env } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { handle, parseWith } from '@/lib/http';
import { readUploadForm } from '@/lib/http-body';
import { importTmIntoMemory } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';
import { tmImportFieldsSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Feeds a TMX file's pairs into the translation memory (no document is created). */
export const POST = handle(async (req) => {
  const actor = await authorize(req, 'editor');
  const { fields, files } = await readUploadForm(req, { maxFileBytes: env().MAX_UPLOAD_BYTES, maxFiles: 1 });
  const body = parseWith(tmImportFieldsSchema, fields);
  if (!files.file) throw invalid('No file was sent. Choose a .tmx translation memory.');
  const result = await importTmIntoMemory(await getDb(), {
    file: files.file,
    ...body,
    maxBytes: env().MAX_UPLOAD_BYTES,
    who: { name: actor.name, id: actor.id },
  });
  return Response.json(result);
});
