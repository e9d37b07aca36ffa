/** Word-level differences between two versions of a segment, shaped for track-changes display. */
import { diffWordsWithSpace } from 'diff';

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface DiffStats {
  insertedWords: number;
  deletedWords: number;
  changed: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Word-level diff that keeps every character: joining the equal and delete parts gives `before`,
 * joining the equal and insert parts gives `after`. Each change is one delete followed by one
 * insert, so a rewritten phrase reads as "old phrase → new phrase" rather than word-by-word.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'equal', text: before }] : [];
  // diffWordsWithSpace (not diffWords) because diffWords reports equal tokens with the new
  // string's whitespace, which would break the exact reconstruction of `before`.
  const raw: DiffPart[] = diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  return groupChanges(absorbGaps(raw));
}

/**
 * Spaces and punctuation kept between two changes become part of both the deletion and the
 * insertion; otherwise a rewritten sentence shows as a confetti of one-word changes.
 */
function absorbGaps(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    const next = parts[i + 1];
    const isGap =
      part.kind === 'equal' &&
      prev !== undefined &&
      prev.kind !== 'equal' &&
      next !== undefined &&
      next.kind !== 'equal' &&
      !WORD_CHAR.test(part.text);
    if (isGap) {
      out.push({ kind: 'delete', text: part.text }, { kind: 'insert', text: part.text });
    } else {
      out.push(part);
    }
  });
  return out;
}

/** Merges each run of changes into at most one delete followed by one insert. */
function groupChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'delete', text: deleted });
    if (inserted) out.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.kind === 'delete') deleted += part.text;
    else if (part.kind === 'insert') inserted += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'equal') last.text += part.text;
      else out.push({ ...part });
    }
  }
  flush();
  return out;
}

/**
 * Counts words in the changed parts. A word is a whitespace-separated chunk with at least one
 * letter or digit, so a moved comma changes the text (`changed`) without counting as a word.
 */
export function diffStats(parts: readonly DiffPart[]): DiffStats {
  let insertedWords = 0;
  let deletedWords = 0;
  let changed = false;
  for (const part of parts) {
    if (part.kind === 'equal') continue;
    if (part.text) changed = true;
    const words = countWords(part.text);
    if (part.kind === 'insert') insertedWords += words;
    else deletedWords += words;
  }
  return { insertedWords, deletedWords, changed };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((chunk) => WORD_CHAR.test(chunk)).length;
}
