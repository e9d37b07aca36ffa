/** A long document of real, varied text for the review screen: man-page paragraphs (DE) with their English. */
import { loadCorpus } from '@/lib/corpus';
import { segmentText, splitSentences } from '@/lib/segment';

export interface LargeDocument {
  title: string;
  text: string;
  /** One English translation per German segment, in order, as POST /api/documents takes them. */
  targets: string[];
  characters: number;
}

/**
 * The first paragraphs of the corpus's dev split until `segments` sentences are reached. A paragraph whose English
 * splits into a different number of sentences than its German is skipped: its targets would not line up.
 */
export function largeDocument(segments: number): LargeDocument {
  const paragraphs: string[] = [];
  const targets: string[] = [];
  for (const pair of loadCorpus()) {
    if (targets.length >= segments) break;
    if (pair.split !== 'dev' || pair.de.includes('\n') || pair.en.includes('\n')) continue;
    const de = segmentText(pair.de, 'de', 'txt').flatMap((b) => b.sentences);
    const en = splitSentences(pair.en, 'en');
    if (de.length === 0 || de.length !== en.length || targets.length + de.length > segments) continue;
    paragraphs.push(pair.de);
    targets.push(...en);
  }
  if (targets.length < segments) throw new Error(`The corpus gave ${targets.length} segments, fewer than ${segments}.`);
  const text = paragraphs.join('\n\n');
  return { title: `Man pages (${segments.toLocaleString('en')} segments)`, text, targets, characters: text.length };
}
