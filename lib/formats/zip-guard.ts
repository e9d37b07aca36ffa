/** Inspects an uploaded ZIP container (.docx) from its central directory before any library unpacks it. */
import { inflateRawSync } from 'node:zlib';
import { FormatError } from './errors';

/*
 * Why a hand-written reader instead of jszip: jszip's loadAsync does not decompress, but it hides the
 * declared sizes and the encryption flag behind private fields and throws untyped errors on
 * damage. The central directory is a short, documented table (PKWARE APPNOTE 4.3.12–4.3.16),
 * so reading it here costs ~150 lines and gives exact, typed answers.
 */

export interface ZipLimits {
  /** Largest accepted file. */
  maxBytes: number;
  /** Largest accepted sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
}

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local file header. */
  localOffset: number;
}

/** More entries than any real document has; each costs memory in every ZIP library. */
export const MAX_ENTRIES = 10_000;
/** An entry is suspicious when it unpacks to more than this and… */
const BOMB_MIN_BYTES = 10 * 1024 * 1024;
/** …compresses better than this; real XML and media stay far below. */
const BOMB_RATIO = 100;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
/** OLE compound file: Word's password-protected .docx, or an old binary .doc. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const NOT_DOCX = 'This file is not a Word document (.docx). Save it as .docx or paste the text.';

const notDocx = (why?: string) => new FormatError('not-docx', why ? `${NOT_DOCX} (${why})` : NOT_DOCX);
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const bomb = (limit: number) =>
  new FormatError('zip-bomb', `The file unpacks to more than ${megabytes(limit)} MB; it looks damaged or malicious.`);
const encrypted = () =>
  new FormatError(
    'encrypted',
    'This Word document is password-protected (or saved in the old .doc format). Remove the password or save it as .docx, then upload it again.',
  );

/**
 * Reads the central directory and refuses what must not reach a ZIP library: non-ZIPs, damaged
 * ZIPs, encrypted files, too many entries, and declared sizes over the limits. `required` names an
 * entry that must be present (e.g. 'word/document.xml'). Nothing is decompressed here.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits, required?: string): ZipEntry[] {
  if (bytes.length > limits.maxBytes) {
    throw new FormatError('too-large', `The file is larger than ${megabytes(limits.maxBytes)} MB. Split the document or paste the text.`);
  }
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw encrypted();
  // Every ZIP starts with "PK"; an empty one with its end record.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notDocx();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = readEnd(view);
  if (end.count > MAX_ENTRIES) throw bomb(limits.maxUncompressedBytes);

  const entries: ZipEntry[] = [];
  let total = 0;
  let pos = end.offset;
  for (let i = 0; i < end.count; i++) {
    if (pos + 46 > view.byteLength || view.getUint32(pos, true) !== SIG_CENTRAL) throw notDocx('damaged file');
    const flags = view.getUint16(pos + 8, true);
    const method = view.getUint16(pos + 10, true);
    let compressedSize = view.getUint32(pos + 20, true);
    let uncompressedSize = view.getUint32(pos + 24, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    let localOffset = view.getUint32(pos + 42, true);
    const next = pos + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) throw notDocx('damaged file');
    const name = new TextDecoder().decode(bytes.subarray(pos + 46, pos + 46 + nameLength));
    // Bit 0: traditional encryption; method 99: AES.
    if ((flags & 1) !== 0 || method === 99) throw encrypted();
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information (APPNOTE 4.5.3): only the fields that overflowed, in this order.
      const zip64 = zip64Extra(view, pos + 46 + nameLength, extraLength);
      let at = 0;
      const take = () => {
        const value = zip64[at++];
        if (value === undefined) throw notDocx('damaged file');
        return value;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localOffset === 0xffffffff) localOffset = take();
    }
    if (localOffset + 30 > view.byteLength || localOffset + compressedSize > view.byteLength) throw notDocx('damaged file');
    if (uncompressedSize > BOMB_MIN_BYTES && uncompressedSize > compressedSize * BOMB_RATIO) {
      throw bomb(Math.min(uncompressedSize, limits.maxUncompressedBytes));
    }
    total += uncompressedSize;
    if (total > limits.maxUncompressedBytes) throw bomb(limits.maxUncompressedBytes);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
    pos = next;
  }
  if (required !== undefined && !entries.some((e) => e.name === required)) throw notDocx(`no ${required}`);
  return entries;
}

/**
 * Unpacks one entry, refusing to produce more than its declared size: the central directory can
 * lie, and the library that unpacks it later trusts it. Throws 'zip-bomb' when it lied upwards.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localOffset, true) !== SIG_LOCAL) throw notDocx('damaged file');
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw notDocx('damaged file');
    return data;
  }
  if (entry.method !== 8) throw notDocx(`unknown compression ${entry.method}`);
  let out: Uint8Array;
  try {
    // One byte more than declared, so a lie shows up as RangeError instead of a silent cut.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch (e) {
    if (e instanceof RangeError) throw bomb(limits.maxUncompressedBytes);
    throw notDocx('damaged file');
  }
  if (out.length !== entry.uncompressedSize) throw notDocx('damaged file');
  return out;
}

/** The end of central directory record (or its ZIP64 form): where the directory is and how many entries it has. */
function readEnd(view: DataView): { count: number; offset: number } {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, so it sits at the very end.
  const last = view.byteLength - 22;
  let at = -1;
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_EOCD && i + 22 + view.getUint16(i + 20, true) === view.byteLength) {
      at = i;
      break;
    }
  }
  if (at < 0) throw notDocx();
  let count = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    if (at < 20 || view.getUint32(at - 20, true) !== SIG_ZIP64_LOCATOR) throw notDocx('damaged file');
    const record = safeNumber(view.getBigUint64(at - 12, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIG_ZIP64_EOCD) throw notDocx('damaged file');
    count = safeNumber(view.getBigUint64(record + 32, true));
    size = safeNumber(view.getBigUint64(record + 40, true));
    offset = safeNumber(view.getBigUint64(record + 48, true));
  }
  // 46 bytes is the smallest directory entry, so a count that does not fit is a lie.
  if (offset + size > view.byteLength || count * 46 > size) throw notDocx('damaged file');
  return { count, offset };
}

function zip64Extra(view: DataView, start: number, length: number): number[] {
  for (let pos = start; pos + 4 <= start + length; ) {
    const id = view.getUint16(pos, true);
    const size = view.getUint16(pos + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let i = 0; i + 8 <= size; i += 8) values.push(safeNumber(view.getBigUint64(pos + 4 + i, true)));
      return values;
    }
    pos += 4 + size;
  }
  return [];
}

/** Sizes beyond 2^53 do not occur in a file that passed maxBytes; treat them as damage. */
function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw notDocx('damaged file');
  return Number(value);
}
