/** The CPU-heavy computations the worker pool runs: pure functions from plain (structured-clone) values to plain values. */
import { checkDocument, type CheckContext, type CheckSettings, type SegmentInput } from '../checks';
import type { BaseLang } from '../lang';
import { segmentText, type TextFormat } from '../segment';

export const TASKS = {
  /** Every check over a whole document (an import, a change of settings or glossary). */
  checkDocument: (input: { segments: SegmentInput[]; ctx: CheckContext; settings?: CheckSettings }) =>
    checkDocument(input.segments, input.ctx, input.settings),
  /** Paragraphs and sentences of an imported source text. */
  segmentText: (input: { text: string; lang: BaseLang; format: TextFormat }) => segmentText(input.text, input.lang, input.format),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
