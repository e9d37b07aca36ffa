'use client';

import { useState } from 'react';
import { can, useMe } from '../account/use-me';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { DiffView } from '../review/diff-view';
import type { Segment } from '../types';
import { insertIntoEditedTarget } from './insert-target';
import { TmxImport } from './tmx-import';
import { useMatches, type TmMatch } from './use-tm';

export const TM_STATE_LABEL: Record<TmMatch['state'], string> = {
  approved: 'approved',
  edited: 'edited, not approved',
  imported: 'imported TMX',
};

const dateOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** The translation memory's best matches for the segment in focus: score, what differs in the source, origin, insert. */
export function MatchesPanel({ segment, onOpenConcordance }: { segment: Segment | undefined; onOpenConcordance: () => void }) {
  const matches = useMatches(segment?.id);
  const [notEditing, setNotEditing] = useState(false);
  const me = useMe();
  return (
    <div className="flex h-full flex-col gap-2 overflow-y-auto text-sm" data-testid="tm-matches">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-slate-500">
          {segment ? `Translation memory for segment ${segment.position + 1}` : 'Open or select a segment to see its matches.'}
        </p>
        <Button className="shrink-0 px-2 py-0.5 text-xs" onClick={onOpenConcordance} title="Search the translation memory (Alt+K)">
          Search… <kbd className="text-slate-400">Alt+K</kbd>
        </Button>
      </div>
      {matches.error && <Alert>{matches.error.message}</Alert>}
      {notEditing && <Alert>No translation is being edited. Open the segment (click its translation or press Enter), then insert.</Alert>}
      {segment && matches.isPending && <p className="text-slate-500">Looking up the translation memory…</p>}
      {segment && matches.data?.length === 0 && (
        <p className="text-slate-500">No match of 70 % or more. Pairs enter the memory when a segment is approved or imported from a TMX file.</p>
      )}
      <ol className="space-y-2">
        {matches.data?.map((m, i) => (
          <li key={m.id} className="rounded border border-slate-200 p-2" data-testid="tm-match">
            <div className="mb-1 flex items-center gap-2 text-xs">
              <span
                className={`rounded px-1.5 py-0.5 font-semibold tabular-nums ${m.score === 100 ? 'bg-emerald-600 text-white' : m.score >= 85 ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'}`}
                data-testid="tm-score"
              >
                {m.score} %
              </span>
              <span className={m.state === 'approved' ? 'text-emerald-800' : 'text-amber-800'}>{TM_STATE_LABEL[m.state]}</span>
              <span className="ml-auto truncate text-slate-500" title={`${m.origin}, ${dateOf(m.updatedAt)}`}>
                {m.origin} · {dateOf(m.updatedAt)}
              </span>
            </div>
            <p className="text-slate-600" aria-label="Stored source, changed into this segment's source">
              <DiffView parts={m.diff} />
            </p>
            <p className="mt-1 font-medium text-slate-900" data-testid="tm-target">
              {m.targetText}
            </p>
            <div className="mt-1 flex justify-end">
              <Button
                className="px-2 py-0.5 text-xs"
                // Keep the editor focused: the insert goes into the translation being edited.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setNotEditing(!insertIntoEditedTarget(m.targetText))}
                title="Put this translation into the segment being edited"
              >
                Insert <kbd className="text-slate-400">Ctrl+{i + 1}</kbd>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {can(me.data, 'editor') && <TmxImport />}
    </div>
  );
}
