import { z } from 'zod';
import { authorize } from '@/lib/runtime';
import { env } from '@/lib/env';
import { DomainError, invalid } from '@/lib/errors';
import { FormatError, readUploadedText, textEncodingSchema } from '@/lib/formats';
import { handle, parseWith } from '@/lib/http';
import { readUploadForm } from '@/lib/http-body';
import { checkFileText } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const fieldsSchema = z.object({
  /** What the user says the file is in; without it the text must be UTF-8 (or have a byte order mark). */
  encoding: textEncodingSchema.optional(),
});

/** Reads an uploaded .txt/.md file and gives its text back for the form; nothing is stored. */
export const POST = handle(async (req) => {
  await authorize(req, 'translator');
  const { fields, files } = await readUploadForm(req, { maxFileBytes: env().MAX_UPLOAD_BYTES, maxFiles: 1 });
  const { encoding } = parseWith(fieldsSchema, fields);
  const file = files.file;
  if (!file) throw invalid('No file was sent. Choose a .txt or .md file.');
  if (file.bytes.length === 0) throw invalid(`“${file.name}” is empty.`);
  try {
    const result = readUploadedText(file.name, file.bytes, encoding);
    // The form would send the text back only to have it refused; say so now, with the line to fix.
    checkFileText(file.name, result.text);
    return Response.json({ fileName: file.name, ...result });
  } catch (err) {
    if (err instanceof FormatError) {
      throw new DomainError(err.code === 'unsupported-type' ? 'unsupported-type' : 'invalid', err.message);
    }
    throw err;
  }
});
