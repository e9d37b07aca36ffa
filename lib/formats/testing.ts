/** Test helper: export segments built from blocks of sentences, numbered as the segmenter numbers them. */
import type { ExportSegment } from './blocks';

type Shape = Partial<Omit<ExportSegment, 'paragraphIndex' | 'sentenceIndex' | 'text'>>;
export function segmentsOf(blocks: [Shape, ...string[]][]): ExportSegment[] {
  return blocks.flatMap(([shape, ...sentences], paragraphIndex) =>
    sentences.map((text, sentenceIndex) => ({
      paragraphIndex,
      sentenceIndex,
      blockType: shape.blockType ?? 'paragraph',
      blockLevel: shape.blockLevel ?? 0,
      blockMarker: shape.blockMarker ?? '',
      text,
    })),
  );
}

// Written out, not taken from the decoder under test.
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** Test helper: text saved in Windows-1252 (ISO-8859-1's letters plus its typography), as an old editor or Excel's plain "CSV" saves it. */
export function windows1252(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => {
      const byte = CP1252[ch] ?? ch.charCodeAt(0);
      if (byte > 0xff) throw new Error(`"${ch}" has no byte in Windows-1252 here`);
      return byte;
    }),
  );
}

/** Test helper: text saved as UTF-16 with a byte order mark, as Windows Notepad's "Unicode" saves it. */
export function utf16(text: string, order: 'le' | 'be' = 'le'): Uint8Array {
  const units = [...text].flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array([...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...units]);
}
