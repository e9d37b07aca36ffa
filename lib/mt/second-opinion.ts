/** Second opinion: the document translated again with the other DeepL model type, flagging segments where the two disagree strongly. */
import type { Finding, Severity } from '../checks';
import { wordEditRate } from '../diff';
import type { SourceLang, TargetLang } from '../lang';
import { DEEPL_LIMITS, planBatches, type BatchLimits, type SourceSegment } from './batch';
import type { DeepLModelType } from './deepl';
import { EngineError, type Engine } from './engine';

export interface SecondOpinionSegment {
  id: number;
  source: string;
  target: string;
  /** Paragraph index; segments sharing one are sent with their paragraph as context, as in the first translation. */
  paragraph?: number;
}

export interface SecondOpinionRequest {
  engine: Engine;
  segments: SecondOpinionSegment[];
  sourceLang: SourceLang;
  targetLang: TargetLang;
  signal?: AbortSignal;
  limits?: BatchLimits;
}

export interface SecondOpinion {
  id: number;
  /** The other model's translation. */
  other: string;
  /** 1 − word edit rate of `other` against the current target, clamped to [0, 1]; 1 = identical words. */
  similarity: number;
  finding?: Finding;
}

const CHECK = 'second-opinion';
const MINOR_BELOW = 0.5;
const MAJOR_BELOW = 0.3;

/** The model type the engine does not use; DeepL's default when none is set is latency_optimized. */
export function otherModelType(engine: Engine): DeepLModelType {
  return engine.modelType === undefined || engine.modelType === 'latency_optimized' ? 'quality_optimized' : 'latency_optimized';
}

/**
 * Translates every segment that has a source and a target with the other model type and compares.
 * Segments without a target are left out of the answer. The calls bypass the translation memory:
 * its key is the engine's id, which names the document's model type, not the other one.
 */
export async function secondOpinion(request: SecondOpinionRequest): Promise<SecondOpinion[]> {
  const { engine, sourceLang, targetLang, signal } = request;
  const segments = request.segments.filter((s) => s.source.trim() !== '' && s.target.trim() !== '');
  const modelType = otherModelType(engine);

  const paragraphText = new Map<number, string>();
  for (const s of segments) {
    if (s.paragraph === undefined) continue;
    const before = paragraphText.get(s.paragraph);
    paragraphText.set(s.paragraph, before === undefined ? s.source : `${before} ${s.source}`);
  }
  // Segments without a paragraph get one of their own, below every real index, so they are sent without context.
  const planned: SourceSegment[] = segments.map((s, i) => ({
    id: s.id,
    paragraph: s.paragraph ?? -1 - i,
    source: s.source,
    paragraphText: s.paragraph === undefined ? s.source : (paragraphText.get(s.paragraph) ?? s.source),
  }));

  const others = new Map<number, string>();
  for (const batch of planBatches(planned, request.limits ?? DEEPL_LIMITS)) {
    const answers = await engine.translate(
      {
        texts: batch.segments.map((s) => s.source),
        sourceLang,
        targetLang,
        modelType,
        ...(batch.context === undefined ? {} : { context: batch.context }),
      },
      signal,
    );
    batch.segments.forEach((s, i) => {
      const answer = answers[i];
      if (answer === undefined) {
        throw new EngineError('unknown', `${engine.label} answered fewer translations than texts were sent. Try again.`);
      }
      others.set(s.id, answer);
    });
  }

  return segments.map(({ id, target }) => {
    const other = others.get(id) ?? '';
    const similarity = Math.max(0, Math.min(1, 1 - wordEditRate(other, target)));
    const severity: Severity | undefined = similarity < MAJOR_BELOW ? 'major' : similarity < MINOR_BELOW ? 'minor' : undefined;
    if (severity === undefined) return { id, other, similarity };
    const finding: Finding = {
      check: CHECK,
      category: 'accuracy/mistranslation',
      severity,
      side: 'target',
      sourceSpans: [],
      targetSpans: [{ start: 0, end: target.length }],
      message: `A second DeepL model translates this very differently: „${other}“.`,
    };
    return { id, other, similarity, finding };
  });
}
