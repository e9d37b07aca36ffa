/** The CPU-heavy computations the worker pool runs: pure functions from plain (structured-clone) values to plain values. */
import { checkDocument, type CheckContext, type CheckSettings, type SegmentInput } from '../checks';
import { readTmx, readXliff12, readXliff20 } from '../formats';
import type { BaseLang } from '../lang';
import { segmentText, type TextFormat } from '../segment';

export const TASKS = {
  /** Every check over a whole document (an import, a change of settings or glossary). */
  checkDocument: (input: { segments: SegmentInput[]; ctx: CheckContext; settings?: CheckSettings }) =>
    checkDocument(input.segments, input.ctx, input.settings),
  /** Paragraphs and sentences of an imported source text. */
  segmentText: (input: { text: string; lang: BaseLang; format: TextFormat }) => segmentText(input.text, input.lang, input.format),
  /** An uploaded XLIFF 1.2/2.0 or TMX file, parsed; a refused file's FormatError keeps its code across the thread. */
  readBilingual: (input: { format: 'xliff12' | 'xliff20' | 'tmx'; bytes: Uint8Array; maxBytes: number }) =>
    BILINGUAL_READERS[input.format](input.bytes, { maxBytes: input.maxBytes }),
};

const BILINGUAL_READERS = { xliff12: readXliff12, xliff20: readXliff20, tmx: readTmx } as const;

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
