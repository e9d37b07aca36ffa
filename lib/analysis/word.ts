/** One word out of context, as the analysis lexicons read it: for checks that judge a word (a hyphen part, a form) without its sentence. */
import type { BaseLang } from '../lang';
import { readingsOf as englishReadings } from './english';
import { readingsOf as germanReadings } from './german';
import type { Reading } from './types';

export interface WordReading {
  /** False when no lexicon knows the word (its readings, if any, are guesses from its ending). */
  known: boolean;
  readings: readonly Reading[];
}

/** The readings of a word form (any case), memoised per form by the analysers; read them, never change them. */
export function wordReading(word: string, lang: BaseLang): WordReading {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return lang === 'de' ? germanReadings(lower) : englishReadings(lower);
}
