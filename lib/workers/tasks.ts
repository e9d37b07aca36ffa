/** The CPU-heavy computations the worker pool runs: pure functions from plain (structured-clone) values to plain values. */
import { checkDocument, type CheckContext, type CheckSettings, type SegmentInput } from '../checks';
import { FormatError, readTmx, readXliff12, readXliff20, type BilingualFile, type FormatErrorCode } from '../formats';
import type { BaseLang } from '../lang';
import { segmentText, type TextFormat } from '../segment';

export const TASKS = {
  /** Every check over a whole document (an import, a change of settings or glossary). */
  checkDocument: (input: { segments: SegmentInput[]; ctx: CheckContext; settings?: CheckSettings }) =>
    checkDocument(input.segments, input.ctx, input.settings),
  /** Paragraphs and sentences of an imported source text. */
  segmentText: (input: { text: string; lang: BaseLang; format: TextFormat }) => segmentText(input.text, input.lang, input.format),
  /**
   * An uploaded XLIFF 1.2/2.0 or TMX file, parsed. A file the reader refuses comes back as a value, not a throw,
   * so its FormatError code (415, 413, 400) survives the thread boundary; readBilingualResult turns it back.
   */
  readBilingual: (input: { format: BilingualFormat; bytes: Uint8Array; maxBytes: number }): BilingualResult => {
    try {
      return { ok: true, file: BILINGUAL_READERS[input.format](input.bytes, { maxBytes: input.maxBytes }) };
    } catch (err) {
      if (err instanceof FormatError) return { ok: false, code: err.code, message: err.message };
      throw err;
    }
  },
};

type BilingualFormat = 'xliff12' | 'xliff20' | 'tmx';
type BilingualResult = { ok: true; file: BilingualFile } | { ok: false; code: FormatErrorCode; message: string };
const BILINGUAL_READERS = { xliff12: readXliff12, xliff20: readXliff20, tmx: readTmx } as const;

/** The parsed file, or the reader's FormatError thrown again on this side. */
export function readBilingualResult(result: BilingualResult): BilingualFile {
  if (!result.ok) throw new FormatError(result.code, result.message);
  return result.file;
}

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
