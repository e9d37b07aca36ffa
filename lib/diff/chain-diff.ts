/** Track changes across a chain of versions (machine → translator → editor), attributed per version. */
import { wordDiff, type DiffKind } from './word-diff';

export interface ChainVersion {
  text: string;
  author: string;
  label: string;
}

export interface ChainPart {
  /** equal: unchanged since versions[0]; insert: in the final text; delete: removed on the way. */
  kind: DiffKind;
  text: string;
  /** Index into versions: who inserted (insert) or who removed (delete); absent for equal. */
  by?: number;
  /** For deletes: the version that had introduced the removed text (0 = the first version). */
  introducedBy?: number;
}

/** A piece of the rendering: live pieces make up the current version, dead ones were removed. */
interface Piece {
  text: string;
  introducedBy: number;
  removedBy?: number;
}

/**
 * Replays the chain version by version, so every piece of the final text names the version that
 * introduced it and every removed piece names the version that removed it. Removed text stays
 * where it was, deletions before insertions at the same place.
 */
export function chainDiff(versions: readonly ChainVersion[]): ChainPart[] {
  const first = versions[0];
  if (!first) return [];
  let pieces: Piece[] = first.text ? [{ text: first.text, introducedBy: 0 }] : [];
  let current = first.text;
  versions.forEach((version, index) => {
    if (index === 0) return;
    pieces = applyStep(pieces, current, version.text, index);
    current = version.text;
  });
  return toParts(pieces);
}

function applyStep(pieces: Piece[], before: string, after: string, by: number): Piece[] {
  const out: Piece[] = [];
  // Cursor into `pieces`; `offset` is how much of the live piece at `i` is already consumed.
  let i = 0;
  let offset = 0;

  const passDead = () => {
    while (i < pieces.length && pieces[i]!.removedBy !== undefined) out.push(pieces[i++]!);
  };
  // Walks `length` live characters, handing each slice (with its origin) to `emit`.
  const consume = (length: number, emit: (text: string, introducedBy: number) => void) => {
    let left = length;
    while (left > 0) {
      passDead();
      const piece = pieces[i];
      if (!piece) throw new Error('chainDiff: diff does not match the previous version');
      const take = Math.min(left, piece.text.length - offset);
      emit(piece.text.slice(offset, offset + take), piece.introducedBy);
      offset += take;
      left -= take;
      if (offset === piece.text.length) {
        i++;
        offset = 0;
      }
    }
  };

  for (const part of wordDiff(before, after)) {
    if (part.kind === 'equal') {
      consume(part.text.length, (text, introducedBy) => out.push({ text, introducedBy }));
    } else if (part.kind === 'delete') {
      consume(part.text.length, (text, introducedBy) => out.push({ text, introducedBy, removedBy: by }));
    } else {
      // Older deletions at this spot come first, so deletions always precede the insertion.
      if (offset === 0) passDead();
      out.push({ text: part.text, introducedBy: by });
    }
  }
  while (i < pieces.length) {
    const piece = pieces[i++]!;
    out.push(offset > 0 ? { ...piece, text: piece.text.slice(offset) } : piece);
    offset = 0;
  }
  return out;
}

function toParts(pieces: readonly Piece[]): ChainPart[] {
  const parts: ChainPart[] = [];
  for (const piece of pieces) {
    const part: ChainPart =
      piece.removedBy !== undefined
        ? { kind: 'delete', text: piece.text, by: piece.removedBy, introducedBy: piece.introducedBy }
        : piece.introducedBy === 0
          ? { kind: 'equal', text: piece.text }
          : { kind: 'insert', text: piece.text, by: piece.introducedBy };
    const last = parts[parts.length - 1];
    if (last && last.kind === part.kind && last.by === part.by && last.introducedBy === part.introducedBy) {
      last.text += part.text;
    } else {
      parts.push(part);
    }
  }
  return parts;
}
