/** Reads an uploaded .txt or .md file into text, refusing anything that is not plain text. */
import { z } from 'zod';
import { byteOrderMark, decodeTextFile, encodingOf } from './encoding';
import { FormatError } from './errors';

export interface UploadedText {
  format: 'txt' | 'md';
  /** The decoded text, without a byte order mark; line endings are kept as they were. */
  text: string;
}

/** The encodings an upload may say its text is in; without one (or a byte order mark) it must be UTF-8. */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];
export const textEncodingSchema = z.enum(TEXT_ENCODINGS, {
  error: () => `Unknown encoding. Send encoding=${TEXT_ENCODINGS.join(', encoding=')}, or none for UTF-8.`,
});

const FORMATS: Record<string, UploadedText['format']> = { txt: 'txt', md: 'md', markdown: 'md' };
const PASTE_INSTEAD = 'Only .txt and .md files can be imported here; paste the text instead.';
// Control characters that never occur in text; tab, line feed, form feed and carriage return do.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** The text of an uploaded file, in UTF-8 unless a byte order mark or `encoding` (what the user said it is) tells otherwise. */
export function readUploadedText(fileName: string, bytes: Uint8Array, encoding: TextEncodingName = 'utf-8'): UploadedText {
  const format = formatOf(fileName);
  const name = `"${fileName}"`;
  if (bytes.length === 0) {
    throw new FormatError('empty', `${name} is empty. Choose the file that contains the text, or paste it instead.`);
  }
  const text = decode(bytes, name, encoding);
  if (!text.trim()) {
    throw new FormatError('empty', `${name} contains no text. Choose the file that contains the text, or paste it instead.`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  // A stray control character can survive an old editor; many mean it is not a text file.
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 1000)) {
    throw notText(name);
  }
  return { format, text };
}

function formatOf(fileName: string): UploadedText['format'] {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const format = FORMATS[ext];
  if (format) return format;
  const what = ext ? `"${fileName}" is a .${ext} file.` : `"${fileName}" has no file extension.`;
  throw new FormatError('unsupported-type', `${what} ${PASTE_INSTEAD}`);
}

function notText(name: string): FormatError {
  return new FormatError('not-text', `${name} does not contain plain text (it looks like a binary file). ${PASTE_INSTEAD}`);
}

function decode(bytes: Uint8Array, name: string, encoding: TextEncodingName): string {
  const utf16 = byteOrderMark(bytes)?.encoding.startsWith('utf-16') ?? false;
  // Windows Notepad's "Unicode" is UTF-16 with a byte order mark; without the BOM its NUL bytes mark it as binary.
  if (!utf16 && bytes.includes(0)) throw notText(name);
  const decoded = decodeTextFile(bytes, encodingOf(encoding) ?? 'utf-8');
  if ('problem' in decoded) {
    if (utf16) throw notText(name);
    throw new FormatError(
      'not-text',
      `${name} ${decoded.problem}. Save the file as UTF-8 in your editor (Save as… → Encoding: UTF-8) and upload it again, or paste the text instead.`,
    );
  }
  return decoded.text;
}
