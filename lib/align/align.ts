/** Aligns a source with a translation made elsewhere: paragraphs first, then the sentences inside each paragraph pair. */
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import type { Block } from '../segment';
import { anchorsOf } from './anchors';
import { estimateModel, GALE_CHURCH_VARIANCE, lengthCost, lengthZ, priorRatio, type LengthModel } from './length';
import { cheapestPath, type Bead, type Step } from './path';
import { joinText } from './text';
import type { AlignedPair, Alignment, SourceSentence } from './types';

export interface AlignOptions {
  sourceLang: SourceLang | TargetLang;
  targetLang: SourceLang | TargetLang;
}

/** A sentence or a paragraph as the aligner sees it; anchors are interned ids, sorted, each listed once. */
interface Unit {
  text: string;
  length: number;
  numbers: Int32Array;
  names: Int32Array;
}
interface SentenceUnit extends Unit {
  ref: SourceSentence;
}
interface ParagraphUnit extends Unit {
  sentences: SentenceUnit[];
}

const PARAGRAPH_BEADS: readonly Bead[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 1 },
  { source: 1, target: 2 },
];
const SENTENCE_BEADS: readonly Bead[] = [...PARAGRAPH_BEADS, { source: 2, target: 2 }];

/** −ln of Gale & Church's bead frequencies (1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011), split evenly per direction. */
function priorCost(sources: number, targets: number): number {
  if (sources === 1 && targets === 1) return -Math.log(0.89);
  if (sources === 0 || targets === 0) return -Math.log(0.0099 / 2);
  if (sources === 2 && targets === 2) return -Math.log(0.011);
  return -Math.log(0.089 / 2);
}

/** Each name or number found on both sides is worth about one standard deviation of length. */
const SHARED_ANCHOR_BONUS = 1;
/** A number on one side only argues against a pairing; names do not, since German capitalises every noun. */
const UNMATCHED_NUMBER_PENALTY = 1;
/** Beyond three standard deviations a length difference is worth a look. */
const LENGTH_Z_LIMIT = 3;
/** Below this much source text, the whole-document length ratio says little. */
const RATIO_WARNING_MIN_CHARS = 200;

class Interner {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

function sortedIds(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

function toParagraphs(blocks: readonly Block[], numbers: Interner, names: Interner): ParagraphUnit[] {
  return blocks.map((block) => {
    const sentences = block.sentences.map((text, s): SentenceUnit => {
      const anchors = anchorsOf(text);
      return {
        ref: { block: block.index, sentence: s, text },
        text,
        length: text.length,
        numbers: sortedIds(anchors.numbers.map((n) => numbers.id(n))),
        names: sortedIds(anchors.names.map((n) => names.id(n))),
      };
    });
    const text = joinText(...block.sentences);
    return {
      sentences,
      text,
      length: text.length,
      numbers: sortedIds(sentences.flatMap((s) => [...s.numbers])),
      names: sortedIds(sentences.flatMap((s) => [...s.names])),
    };
  });
}

interface AnchorSet {
  numbers: Int32Array;
  names: Int32Array;
}
const NO_ANCHORS: AnchorSet = { numbers: new Int32Array(0), names: new Int32Array(0) };

/** One side of an alignment, with the anchors of every unit and every two neighbouring units ready, since beads take at most two. */
class Side<T extends Unit> {
  private readonly pairs: AnchorSet[];
  /** prefix[k] = total length of units [0, k), for constant-time span lengths. */
  private readonly prefix: Float64Array;
  constructor(readonly units: readonly T[]) {
    this.pairs = units.slice(1).map((u, k) => ({
      numbers: sortedIds([...units[k]!.numbers, ...u.numbers]),
      names: sortedIds([...units[k]!.names, ...u.names]),
    }));
    this.prefix = new Float64Array(units.length + 1);
    units.forEach((u, k) => (this.prefix[k + 1] = this.prefix[k]! + u.length));
  }

  /** Length of units [a, b) joined with single spaces. */
  length(a: number, b: number): number {
    return b > a ? this.prefix[b]! - this.prefix[a]! + (b - a - 1) : 0;
  }

  anchors(a: number, b: number): AnchorSet {
    if (b - a === 1) return this.units[a]!;
    if (b - a === 2) return this.pairs[a]!;
    if (b === a) return NO_ANCHORS;
    throw new RangeError(`A bead spans at most two units, not ${b - a}`);
  }
}

/** Size of the intersection of two sorted id arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** What a bead's two sides have in common: lengths, how far apart they are, shared anchors. */
interface Fit {
  sourceLength: number;
  targetLength: number;
  z: number;
  namesShared: number;
  numbersShared: number;
  /** Distinct numbers across both sides. */
  numbersAll: number;
}

function fitOf<T extends Unit>(src: Side<T>, i0: number, i1: number, tgt: Side<T>, j0: number, j1: number, model: LengthModel): Fit {
  const sourceLength = src.length(i0, i1);
  const targetLength = tgt.length(j0, j1);
  const a = src.anchors(i0, i1);
  const b = tgt.anchors(j0, j1);
  const numbersShared = sharedCount(a.numbers, b.numbers);
  return {
    sourceLength,
    targetLength,
    z: lengthZ(sourceLength, targetLength, model),
    namesShared: sharedCount(a.names, b.names),
    numbersShared,
    numbersAll: a.numbers.length + b.numbers.length - numbersShared,
  };
}

/**
 * The DP's cost for a bead: bead prior + length misfit − shared anchors + one-sided numbers. When
 * even the best the anchors could do cannot bring it under `bound`, that lower bound is returned
 * instead, which spares counting anchors for the many cells far off the path.
 */
function beadCost<T extends Unit>(
  src: Side<T>, i0: number, i1: number,
  tgt: Side<T>, j0: number, j1: number,
  model: LengthModel, bound: number,
): number {
  const prior = priorCost(i1 - i0, j1 - j0);
  // An empty side has a known length of zero, so length carries no evidence about an omission.
  if (i1 === i0 || j1 === j0) return prior;
  const z = lengthZ(src.length(i0, i1), tgt.length(j0, j1), model);
  const a = src.anchors(i0, i1);
  const b = tgt.anchors(j0, j1);
  const anchorsAtBest =
    UNMATCHED_NUMBER_PENALTY * Math.abs(a.numbers.length - b.numbers.length) -
    SHARED_ANCHOR_BONUS * (Math.min(a.names.length, b.names.length) + Math.min(a.numbers.length, b.numbers.length));
  // P(|Z| ≥ z) ≤ e^(−z²/2), so z²/2 bounds the length cost from below without computing it.
  const lower = prior + (z * z) / 2 + anchorsAtBest;
  if (lower >= bound) return lower;
  const base = prior + lengthCost(z);
  if (base + anchorsAtBest >= bound) return base + anchorsAtBest;
  const fit = fitOf(src, i0, i1, tgt, j0, j1, model);
  return (
    base -
    SHARED_ANCHOR_BONUS * (fit.namesShared + fit.numbersShared) +
    UNMATCHED_NUMBER_PENALTY * (fit.numbersAll - fit.numbersShared)
  );
}

function align<T extends Unit>(src: Side<T>, tgt: Side<T>, beads: readonly Bead[], model: LengthModel): Step[] {
  return cheapestPath(src.units.length, tgt.units.length, beads, (i0, i1, j0, j1, bound) =>
    beadCost(src, i0, i1, tgt, j0, j1, model, bound),
  );
}

/** The length model of the paragraphs a path matched, leaving out those it found missing or extra. */
function modelFrom(steps: readonly Step[], src: Side<Unit>, tgt: Side<Unit>, prior: number): LengthModel {
  return estimateModel(
    steps
      .filter((st) => st.sourceEnd > st.sourceStart && st.targetEnd > st.targetStart)
      .map((st) => ({
        source: src.length(st.sourceStart, st.sourceEnd),
        target: tgt.length(st.targetStart, st.targetEnd),
      })),
    prior,
  );
}

function beadReason(sources: number, targets: number): string | undefined {
  if (sources === 2 && targets === 1) return 'Two source sentences were translated as one';
  if (sources === 1 && targets === 2) return 'One source sentence was translated as two';
  if (sources === 2 && targets === 2) return 'Two source sentences and two translated sentences only match as a group';
  return undefined;
}

function paragraphReason(sources: number, targets: number): string | undefined {
  if (sources === 2 && targets === 1) return 'Two source paragraphs are one paragraph in the translation';
  if (sources === 1 && targets === 2) return 'This paragraph is two paragraphs in the translation';
  return undefined;
}

/** A pair whose source sentences (the step's) have a counterpart in the translation. */
function matchedPair(
  ss: Side<SentenceUnit>,
  ts: Side<SentenceUnit>,
  step: Step,
  model: LengthModel,
  inParagraph: string | undefined,
): AlignedPair {
  const src = ss.units.slice(step.sourceStart, step.sourceEnd);
  const tgt = ts.units.slice(step.targetStart, step.targetEnd);
  const fit = fitOf(ss, step.sourceStart, step.sourceEnd, ts, step.targetStart, step.targetEnd, model);
  const reasons: string[] = [];
  if (inParagraph) reasons.push(inParagraph);
  const bead = beadReason(src.length, tgt.length);
  if (bead) reasons.push(bead);
  if (Math.abs(fit.z) > LENGTH_Z_LIMIT) {
    reasons.push(`Lengths differ a lot (${fit.sourceLength} vs ${fit.targetLength} characters)`);
  }

  // Merged beads are right less often than 1-1 ones (Gale & Church's counts), so they start lower.
  let confidence = src.length === 1 && tgt.length === 1 ? 1 : src.length + tgt.length === 3 ? 0.6 : 0.5;
  confidence *= Math.exp(-(fit.z ** 2) / 8);
  if (fit.numbersAll > 0) confidence *= 0.7 + (0.3 * fit.numbersShared) / fit.numbersAll;
  const shared = fit.namesShared + fit.numbersShared;
  if (shared > 0) confidence += (1 - confidence) * Math.min(0.5, 0.15 * shared);
  if (inParagraph) confidence *= 0.9;

  return pair(src, joinText(...tgt.map((t) => t.text)), Math.round(confidence * 100) / 100, reasons);
}

function pair(src: readonly SentenceUnit[], targetText: string, confidence: number, reasons: string[]): AlignedPair {
  const result: AlignedPair = {
    source: src.map((s) => s.ref),
    sourceText: joinText(...src.map((s) => s.text)),
    targetText,
    confidence,
    unsure: reasons.length > 0,
  };
  if (reasons.length > 0) result.reason = reasons.join('. ');
  return result;
}

const NO_SOURCE_REASON = 'left out on import unless you join it to a neighbouring pair';

/**
 * Aligns a translation made elsewhere with its source, both already segmented into blocks.
 *
 * Paragraphs are paired 1:1 when the counts agree, otherwise by a Gale–Church dynamic programme
 * (1-1, 1-0, 0-1, 2-1, 1-2); sentences inside each paragraph pair likewise, plus 2-2. Lengths are
 * compared against the document's own character ratio, and numbers and capitalised names found on
 * both sides pull sentences together.
 *
 * Every source sentence lands in exactly one pair. When the translator merged sentences, the pair
 * lists several sources: the import gives the whole target to the first and '' to the rest (see
 * `toSegmentTargets`). Translation text without a source becomes a pair with no sources.
 */
export function alignBlocks(source: Block[], target: Block[], opts?: AlignOptions): Alignment {
  const numbers = new Interner();
  const names = new Interner();
  const src = toParagraphs(source, numbers, names);
  const tgt = toParagraphs(target, numbers, names);
  const srcSide = new Side(src);
  const tgtSide = new Side(tgt);
  const srcSentences = src.flatMap((p) => p.sentences);
  const tgtSentences = tgt.flatMap((p) => p.sentences);
  const sourceChars = srcSide.length(0, src.length);
  const targetChars = tgtSide.length(0, tgt.length);
  const prior = opts ? priorRatio(baseLang(opts.sourceLang), baseLang(opts.targetLang)) : 1;

  if (tgtSentences.length === 0) {
    const reasons = ['The translation is empty'];
    return {
      pairs: srcSentences.map((s) => pair([s], '', 0, reasons)),
      paragraphsMatched: src.length === 0,
      warnings:
        srcSentences.length === 0
          ? ['Both texts are empty: there is nothing to align.']
          : ['The translation is empty: no source sentence has a target. Paste the translation and try again.'],
    };
  }

  let paragraphSteps: Step[];
  let model: LengthModel;
  if (src.length === tgt.length) {
    paragraphSteps = src.map((_, k) => ({ sourceStart: k, sourceEnd: k + 1, targetStart: k, targetEnd: k + 1 }));
    model = modelFrom(paragraphSteps, srcSide, tgtSide, prior);
  } else {
    // The whole-document ratio is skewed by exactly the paragraphs that are missing or extra, so the
    // first pass uses the language pair's ratio and the second the ratio of the paragraphs it matched.
    const first = align(srcSide, tgtSide, PARAGRAPH_BEADS, { ratio: prior, variance: GALE_CHURCH_VARIANCE });
    paragraphSteps = align(srcSide, tgtSide, PARAGRAPH_BEADS, modelFrom(first, srcSide, tgtSide, prior));
    model = modelFrom(paragraphSteps, srcSide, tgtSide, prior);
  }

  const pairs: AlignedPair[] = [];
  for (const step of paragraphSteps) {
    const ps = src.slice(step.sourceStart, step.sourceEnd);
    const pt = tgt.slice(step.targetStart, step.targetEnd);
    if (pt.length === 0) {
      for (const s of ps.flatMap((p) => p.sentences)) {
        pairs.push(pair([s], '', 0, ['This paragraph is missing from the translation']));
      }
      continue;
    }
    if (ps.length === 0) {
      for (const p of pt) pairs.push(pair([], p.text, 0, [`This paragraph of the translation has no source; it is ${NO_SOURCE_REASON}`]));
      continue;
    }
    const inParagraph = paragraphReason(ps.length, pt.length);
    const ss = new Side(ps.flatMap((p) => p.sentences));
    const ts = new Side(pt.flatMap((p) => p.sentences));
    for (const st of align(ss, ts, SENTENCE_BEADS, model)) {
      if (st.targetEnd === st.targetStart) {
        pairs.push(pair(ss.units.slice(st.sourceStart, st.sourceEnd), '', 0, ['Nothing in the translation matches this sentence']));
      } else if (st.sourceEnd === st.sourceStart) {
        const text = joinText(...ts.units.slice(st.targetStart, st.targetEnd).map((u) => u.text));
        pairs.push(pair([], text, 0, [`This sentence of the translation has no source; it is ${NO_SOURCE_REASON}`]));
      } else pairs.push(matchedPair(ss, ts, st, model, inParagraph));
    }
  }

  const paragraphsMatched = paragraphSteps.every(
    (st) => st.sourceEnd - st.sourceStart === 1 && st.targetEnd - st.targetStart === 1,
  );
  return { pairs, paragraphsMatched, warnings: warningsFor(pairs, src.length, tgt.length, sourceChars, targetChars, prior) };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function warningsFor(
  pairs: readonly AlignedPair[],
  sourceParagraphs: number, targetParagraphs: number,
  sourceChars: number, targetChars: number,
  prior: number,
): string[] {
  const warnings: string[] = [];
  if (sourceParagraphs === 0) {
    warnings.push('The source is empty: there is nothing to align the translation to.');
    return warnings;
  }
  if (sourceParagraphs !== targetParagraphs) {
    warnings.push(
      `The source has ${plural(sourceParagraphs, 'paragraph', 'paragraphs')} and the translation ${targetParagraphs}; ` +
        'paragraphs were matched by length, numbers and names, so check the flagged sentences.',
    );
  }
  if (sourceChars >= RATIO_WARNING_MIN_CHARS) {
    const relative = targetChars / sourceChars / prior;
    if (relative < 0.5 || relative > 2) {
      warnings.push(
        `The translation is much ${relative < 1 ? 'shorter' : 'longer'} than the source ` +
          `(${targetChars} vs ${sourceChars} characters); check that you pasted the whole text, and the right one.`,
      );
    }
  }
  const untranslated = pairs.filter((p) => p.source.length > 0 && p.targetText === '').length;
  if (untranslated > 0) {
    warnings.push(`${plural(untranslated, 'source sentence has', 'source sentences have')} nothing corresponding in the translation.`);
  }
  const orphans = pairs.filter((p) => p.source.length === 0).length;
  if (orphans > 0) {
    warnings.push(
      `${plural(orphans, 'part', 'parts')} of the translation ${orphans === 1 ? 'has' : 'have'} no source and will be ` +
        'left out on import unless joined to a neighbouring pair.',
    );
  }
  return warnings;
}
