/** Parallel texts: a source and a translation made elsewhere, both pasted or uploaded, segmented and aligned. */
import { alignBlocks, type Alignment } from '@/lib/align';
import { baseLang, type SourceLang, type TargetLang } from '@/lib/lang';
import { segmentText, type Block, type TextFormat } from '@/lib/segment';

export interface ParallelTexts {
  source: string;
  target: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  format: TextFormat;
}

export interface ParallelAlignment extends Alignment {
  /** The source's blocks, which the pairs' `source[].block` indexes refer to. */
  sourceBlocks: Block[];
}

/** Both texts segmented as their languages need, then aligned; unsure pairs are marked for the user. */
export function alignParallelTexts(texts: ParallelTexts): ParallelAlignment {
  const sourceBlocks = segmentText(texts.source, baseLang(texts.sourceLang), texts.format);
  const targetBlocks = segmentText(texts.target, baseLang(texts.targetLang), texts.format);
  const alignment = alignBlocks(sourceBlocks, targetBlocks, { sourceLang: texts.sourceLang, targetLang: texts.targetLang });
  return { ...alignment, sourceBlocks };
}
