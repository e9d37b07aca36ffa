/** The result of aligning a source with a translation made elsewhere: pairs of source sentences and target text. */

/** A source sentence: its block's `index`, its position in that block's `sentences`, and its text. */
export interface SourceSentence {
  block: number;
  sentence: number;
  /** Kept so that splitting a merged pair can give each sentence its own text back. */
  text: string;
}

export interface AlignedPair {
  /**
   * The source sentences this pair covers, in document order: usually one; two when the translator
   * merged sentences; none when the translation has text with no source (the user can join it to a
   * neighbour; on import it is dropped). Every source sentence is in exactly one pair.
   */
  source: SourceSentence[];
  /** The source sentences' texts joined with a space. */
  sourceText: string;
  /** The corresponding translation; '' when nothing in the translation corresponds. */
  targetText: string;
  /** 0..1: how well length, numbers and names support the pairing; 1 once the user has edited it. */
  confidence: number;
  /** True when the user should look at the pair before importing. */
  unsure: boolean;
  /** Why the pair is unsure, in plain words for the UI; set exactly when `unsure` is. */
  reason?: string;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** True when every source paragraph was paired with exactly one paragraph of the translation. */
  paragraphsMatched: boolean;
  /** Document-level problems in plain words (empty translation, paragraph counts differ, …). */
  warnings: string[];
}
