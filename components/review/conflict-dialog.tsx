'use client';

import { useState } from 'react';
import { wordDiff } from '@/lib/diff';
import { Button } from '../ui/button';
import type { ConflictDetails } from '../types';
import { DiffView } from './diff-view';

export interface Conflict {
  segmentId: number;
  position: number;
  mine: string;
  details: ConflictDetails;
}

/** Shown on a 409: both texts with their diff; the user keeps one or merges — nothing is overwritten silently. */
export function ConflictDialog({
  conflict,
  onResolve,
  onTakeTheirs,
}: {
  conflict: Conflict;
  onResolve: (text: string, baseVersion: number) => void;
  onTakeTheirs: () => void;
}) {
  const theirs = conflict.details.current;
  const [merged, setMerged] = useState(conflict.mine);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" role="dialog" aria-modal="true" aria-labelledby="conflict-title">
      <div className="w-full max-w-3xl space-y-3 rounded bg-white p-5 shadow-2xl">
        <h2 id="conflict-title" className="text-lg font-semibold">
          Segment {conflict.position + 1} was changed by {theirs.author ?? 'someone else'}
        </h2>
        <p className="text-sm text-slate-600">
          They saved version {theirs.version} while you were editing. Choose a text or merge both; nothing has been overwritten.
        </p>
        <div className="grid gap-3 md:grid-cols-2">
          <section className="rounded border border-slate-200 p-2 text-sm">
            <h3 className="mb-1 text-xs font-semibold uppercase text-slate-500">Their text (saved)</h3>
            <p data-testid="conflict-theirs">{theirs.text}</p>
          </section>
          <section className="rounded border border-slate-200 p-2 text-sm">
            <h3 className="mb-1 text-xs font-semibold uppercase text-slate-500">Your text (not saved)</h3>
            <p data-testid="conflict-mine">{conflict.mine}</p>
          </section>
        </div>
        <section className="rounded border border-slate-200 p-2 text-sm">
          <h3 className="mb-1 text-xs font-semibold uppercase text-slate-500">Difference from their text to yours</h3>
          <DiffView parts={wordDiff(theirs.text, conflict.mine)} />
        </section>
        <label className="block text-sm">
          <span className="text-xs font-semibold uppercase text-slate-500">Merged text</span>
          <textarea
            aria-label="Merged text"
            value={merged}
            onChange={(e) => setMerged(e.target.value)}
            className="mt-1 w-full rounded border border-slate-300 p-2"
            rows={3}
          />
        </label>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={onTakeTheirs}>Take their text</Button>
          <Button onClick={() => onResolve(conflict.mine, theirs.version)}>Keep my text</Button>
          <Button variant="primary" onClick={() => onResolve(merged, theirs.version)}>
            Save merged text
          </Button>
        </div>
      </div>
    </div>
  );
}
