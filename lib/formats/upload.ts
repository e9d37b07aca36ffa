/** Reads an uploaded .txt or .md file into text, refusing anything that is not plain text. */
import { FormatError } from './errors';

export interface UploadedText {
  format: 'txt' | 'md';
  /** The decoded text, without a byte order mark; line endings are kept as they were. */
  text: string;
  /** Set when the text could be read but may be wrong in places, e.g. after a Latin-1 fallback. */
  warning?: string;
}

const FORMATS: Record<string, UploadedText['format']> = { txt: 'txt', md: 'md', markdown: 'md' };
const PASTE_INSTEAD = 'Only .txt and .md files can be imported here; paste the text instead.';
// Control characters that never occur in text; tab, line feed, form feed and carriage return do.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function readUploadedText(fileName: string, bytes: Uint8Array): UploadedText {
  const format = formatOf(fileName);
  const name = `"${fileName}"`;
  if (bytes.length === 0) {
    throw new FormatError('empty', `${name} is empty. Choose the file that contains the text, or paste it instead.`);
  }
  const decoded = decode(bytes, name);
  if (!decoded.text.trim()) {
    throw new FormatError('empty', `${name} contains no text. Choose the file that contains the text, or paste it instead.`);
  }
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  // A stray control character can survive an old editor; many mean it is not a text file.
  if (decoded.text.includes('\u0000') || controls > Math.max(2, decoded.text.length / 1000)) {
    throw notText(name);
  }
  return { format, ...decoded };
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

function decode(bytes: Uint8Array, name: string): { text: string; warning?: string } {
  // Windows Notepad's "Unicode" is UTF-16 with a byte order mark; without the BOM its NUL bytes mark it as binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      throw notText(name);
    }
  }
  if (bytes.includes(0)) throw notText(name);
  try {
    // TextDecoder drops a UTF-8 byte order mark by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const latin1 = clearlyLatin1(bytes);
    if (latin1 === null) {
      throw new FormatError(
        'not-text',
        `${name} is not UTF-8 text. Save it as UTF-8 in your editor and upload it again, or paste the text instead.`,
      );
    }
    return {
      text: latin1,
      warning: `${name} was not saved as UTF-8, so it was read as Windows-1252 (Latin-1). Check umlauts, ß and quotation marks.`,
    };
  }
}

/**
 * The text as Windows-1252, but only when that is clearly what it is: no valid UTF-8 sequence
 * (that would be damaged UTF-8, which Latin-1 would turn into "Ã¤"), no byte that Windows-1252
 * leaves undefined, and non-ASCII characters that are letters or typography sitting in words.
 */
function clearlyLatin1(bytes: Uint8Array): string | null {
  if (hasUtf8Sequence(bytes)) return null;
  const text = decodeWindows1252(bytes);
  if (text === null) return null;
  const nonAscii = [...text].filter((ch) => ch > '\u007F');
  const nonSpace = text.replace(/\s/g, '').length;
  // Text in another 8-bit or double-byte encoding is mostly "high" characters.
  if (nonAscii.length > nonSpace * 0.3) return null;
  const plausible = nonAscii.filter((ch) => /[\p{L}\p{P}\p{Sc}°§©®±²³µ·×÷\u00A0]/u.test(ch)).length;
  return plausible === nonAscii.length ? text : null;
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  const cont = (i: number) => {
    const b = bytes[i];
    return b !== undefined && b >= 0x80 && b <= 0xbf;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) return true;
    if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) return true;
    if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) return true;
  }
  return false;
}

// Windows-1252 at 0x80–0x9F; the gaps are bytes it leaves undefined. Written out because
// Node 20's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 control characters.
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Windows-1252 decoding, or null when a byte is undefined there (so it is not Windows-1252 text). */
function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (const b of bytes) {
    const ch = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    if (ch === '\u0000' && b !== 0) return null;
    text += ch;
  }
  return text;
}
