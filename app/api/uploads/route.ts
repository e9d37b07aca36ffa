import { authorize } from '@/lib/runtime';
import { env } from '@/lib/env';
import { DomainError, invalid } from '@/lib/errors';
import { FormatError, readUploadedText } from '@/lib/formats';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Reads an uploaded .txt/.md file and gives its text back for the form; nothing is stored. */
export const POST = handle(async (req) => {
  await authorize(req, 'translator');
  const max = env().MAX_UPLOAD_BYTES;
  const tooLarge = () =>
    new DomainError('too-large', `The file is larger than ${Math.round(max / 1000).toLocaleString('en')} kB. Split it into smaller parts.`);
  if (Number(req.headers.get('content-length') ?? 0) > max + 10_000) throw tooLarge();
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw invalid('Send the file as multipart/form-data in a field named "file".');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw invalid('No file was sent. Choose a .txt or .md file.');
  if (file.size > max) throw tooLarge();
  if (file.size === 0) throw invalid(`“${file.name}” is empty.`);
  try {
    const result = readUploadedText(file.name, new Uint8Array(await file.arrayBuffer()));
    return Response.json({ fileName: file.name, ...result });
  } catch (err) {
    if (err instanceof FormatError) {
      throw new DomainError(err.code === 'unsupported-type' ? 'unsupported-type' : 'invalid', err.message);
    }
    throw err;
  }
});
