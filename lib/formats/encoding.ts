/** Uploaded bytes to text: byte order marks, encodings by their WHATWG labels, and where the first byte that is not UTF-8 sits. */

export type ByteOrderMark = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

/** The encoding a byte order mark at the start of `bytes` names, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-8 or UTF-16 as a byte order mark says, or UTF-16 as a first '<' (of '<?xml') written in two bytes says (XML 1.0 appendix F). */
export function sniffUnicode(bytes: Uint8Array): ByteOrderMark | null {
  const bom = byteOrderMark(bytes);
  if (bom) return bom;
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return { encoding: 'utf-16le', length: 0 };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { encoding: 'utf-16be', length: 0 };
  return null;
}

/** The first `length` bytes as text, to tell formats apart: UTF-16 when sniffUnicode says so, else UTF-8 with damaged bytes replaced. */
export function headText(bytes: Uint8Array, length = 4096): string {
  const sniffed = sniffUnicode(bytes);
  return new TextDecoder(sniffed?.encoding ?? 'utf-8').decode(bytes.subarray(sniffed?.length ?? 0, length));
}

/** The WHATWG name of an encoding label ('ISO-8859-1' and 'latin1' → 'windows-1252', as browsers read them), or null when it is unknown. */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    // RangeError: not a label of an encoding TextDecoder knows (or one it refuses, such as ISO-2022-KR).
    return null;
  }
}

/** `bytes` (without a byte order mark) decoded as `encoding`, a WHATWG name; null when they are not valid in it. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string | null {
  // Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as control characters instead of € „ “ ” …
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A text file's text, by its byte order mark or else in `encoding` (a WHATWG name); or why it cannot be
 * read, as words to follow the file's name: 'is not UTF-8 text: the byte 0xE4 on line 3, … is not UTF-8'.
 */
export function decodeTextFile(bytes: Uint8Array, encoding = 'utf-8'): { text: string } | { problem: string } {
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  const used = bom?.encoding ?? encoding;
  const text = decodeBytes(body, used);
  if (text !== null) return { text };
  return { problem: used === 'utf-8' ? `is not UTF-8 text: ${invalidUtf8Place(body)} is not UTF-8` : `is not valid ${used.startsWith('utf-16') ? 'UTF-16' : used} text` };
}

/** Where the first byte that is not UTF-8 sits, for a message: 'the byte 0xE4 on line 3, column 7 ("ä" in Windows-1252)'. */
export function invalidUtf8Place(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return 'no byte';
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
  const column = [...new TextDecoder().decode(bytes.subarray(lineStart, at))].length + 1;
  const byte = bytes[at]!;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const asWindows1252 = decodeWindows1252(bytes.subarray(at, at + 1));
  const legacy = /[\u0080-\u009F]/.test(asWindows1252) ? '' : ` ("${asWindows1252}" in Windows-1252)`;
  return `the byte ${hex} on line ${line}, column ${column}${legacy}`;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (Unicode table 3-7), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    let lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    let hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

// Windows-1252 at 0x80–0x9F; the five bytes it leaves undefined read as the control characters of the same number, as browsers read them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  // Every byte is one character below U+0100 in both readings; only 0x80–0x9F differ.
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
