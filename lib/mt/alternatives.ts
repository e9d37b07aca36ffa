/** Alternative translations of a segment or phrase: DeepL asked again with other settings, each shown as a diff against the current target. */
import { wordDiff, type DiffPart } from '../diff';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import type { DeepLModelType } from './deepl';
import type { Engine, Formality } from './engine';

export interface AlternativesRequest {
  engine: Engine;
  segmentSource: string;
  /** A part of the segment's source to translate instead of the whole segment (which then serves as context). */
  phrase?: string;
  /** Source of the segment before, sent as context. */
  previous?: string;
  /** Source of the segment after, sent as context. */
  next?: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  /** What the alternatives are compared with: the segment's target, or with `phrase` the target words for it ('' if unknown). */
  currentTarget: string;
  signal?: AbortSignal;
}

export interface Alternative {
  text: string;
  /** The settings that produced it, e.g. 'quality optimized, formal'. */
  label: string;
  /** Current target → alternative. */
  diff: DiffPart[];
}

interface Variant {
  label: string;
  modelType: DeepLModelType;
  formality?: Formality;
}

const VARIANTS: readonly Variant[] = [
  { label: 'quality optimized', modelType: 'quality_optimized' },
  { label: 'latency optimized', modelType: 'latency_optimized' },
];
/** Only German has formal and informal address (Sie/du); DeepL refuses the option for English. */
const GERMAN_VARIANTS: readonly Variant[] = [
  { label: 'formal', modelType: 'quality_optimized', formality: 'more' },
  { label: 'informal', modelType: 'quality_optimized', formality: 'less' },
];

/**
 * Asks the engine once per variant (both model types; formal and informal address for German
 * targets), all with the neighbouring segments as context. Identical answers are merged and the
 * current target itself is left out, so every alternative differs from what the reviewer has.
 * The calls bypass the translation memory: its key does not carry these settings.
 */
export async function alternatives(request: AlternativesRequest): Promise<Alternative[]> {
  const { engine, segmentSource, phrase, previous, next, sourceLang, targetLang, currentTarget, signal } = request;
  const text = phrase ?? segmentSource;
  if (text.trim() === '') return [];
  const context = [previous, phrase === undefined ? undefined : segmentSource, next]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .join('\n');
  const variants = baseLang(targetLang) === 'de' ? [...VARIANTS, ...GERMAN_VARIANTS] : VARIANTS;

  const answers = await Promise.all(
    variants.map(async (variant) => {
      const [answer = ''] = await engine.translate(
        {
          texts: [text],
          sourceLang,
          targetLang,
          modelType: variant.modelType,
          ...(variant.formality === undefined ? {} : { formality: variant.formality }),
          ...(context === '' ? {} : { context }),
        },
        signal,
      );
      return { variant, answer: answer.trim() };
    }),
  );

  // Keyed by the collapsed text; the first answer is kept verbatim, later duplicates add their label.
  const unique = new Map<string, { text: string; labels: string[] }>();
  const current = collapse(currentTarget);
  for (const { variant, answer } of answers) {
    const key = collapse(answer);
    if (key === '' || key === current) continue;
    const seen = unique.get(key);
    if (seen) seen.labels.push(variant.label);
    else unique.set(key, { text: answer, labels: [variant.label] });
  }
  return [...unique.values()].map(({ text: alternative, labels }) => ({
    text: alternative,
    label: labels.join(', '),
    diff: wordDiff(currentTarget, alternative),
  }));
}

/** Runs of whitespace as one space, so answers that differ only in spacing count as one. */
function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
