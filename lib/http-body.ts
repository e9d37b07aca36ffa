/** Reading request bodies with a byte limit: counted while they stream in, so an oversized body is refused before it fills memory. */
import { DomainError, invalid } from './errors';
import type { UploadedFile } from './review';

const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;

/**
 * The largest JSON body: a whole article (maxSourceChars) and its translation (at most twice as long),
 * at 6 bytes a character (a \uXXXX escape, as Python's json.dumps writes non-ASCII; UTF-8 needs at most 3
 * per UTF-16 unit), plus 1 MB for the rest (20,000 targets' quotes and commas, the other fields).
 */
export function jsonBodyLimit(maxSourceChars: number): number {
  return 6 * 3 * maxSourceChars + 1_000_000;
}

/**
 * The body's bytes, or `tooLarge()` as soon as more than `maxBytes` arrive: a declared Content-Length
 * over the limit is refused without reading, a chunked body is cancelled at the chunk that passes it.
 */
export async function readBody(req: Request, maxBytes: number, tooLarge: () => DomainError): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) {
    await req.body?.cancel();
    throw tooLarge();
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const requestTooLarge = (maxBytes: number) => () =>
  new DomainError('too-large', `The request is larger than ${kB(maxBytes)}, the most one request may send. Split the article into parts and import them one by one.`);

/** A JSON body's text, at most `maxBytes` of it. */
export async function readJsonText(req: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readBody(req, maxBytes, requestTooLarge(maxBytes)));
}

export interface UploadLimits {
  maxFileBytes: number;
  /** How many files one request may carry (a source and its translation: 2). */
  maxFiles: number;
  /** Room for the text fields and the multipart framing, e.g. an alignment's targets. */
  maxFieldBytes?: number;
}

/** A multipart form's text fields and files, read with a byte limit before it is parsed (formData() alone would buffer any size). */
export async function readUploadForm(
  req: Request,
  { maxFileBytes, maxFiles, maxFieldBytes = 64_000 }: UploadLimits,
): Promise<{ fields: Record<string, string>; files: Record<string, UploadedFile> }> {
  const tooLarge = () =>
    new DomainError(
      'too-large',
      `The file is larger than ${kB(maxFileBytes)}, the limit per file. Split it into smaller parts and import them one by one, or ask the administrator to raise MAX_UPLOAD_BYTES.`,
    );
  const notMultipart = () => invalid('Send the upload as multipart/form-data with the file in a field named "file".');
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) throw notMultipart();
  const bytes = await readBody(req, maxFiles * maxFileBytes + maxFieldBytes, tooLarge);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw notMultipart();
  }
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value;
    else {
      if (value.size > maxFileBytes) throw tooLarge();
      files[key] = { name: value.name || key, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
  }
  return { fields, files };
}
