'use client';

import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import type { Segment } from '../types';
import { DiffView } from './diff-view';
import { useRevertSegment, useRevisions } from './use-document';

const KIND_LABEL = { machine: 'machine translation', import: 'imported', edit: 'edit', revert: 'restored' } as const;

/** A segment's revisions, oldest first, each as a word diff against the machine translation. */
export function HistoryPanel({
  segment,
  onClose,
  onConflict,
  onRestored,
}: {
  segment: Segment;
  onClose: () => void;
  onConflict: (err: unknown) => void;
  /** The restored text replaces whatever is typed in the open field (the draft was typed on the old version). */
  onRestored: (segmentId: number) => void;
}) {
  const { data, error, isPending } = useRevisions(segment.id);
  const revert = useRevertSegment(segment.documentId);
  return (
    <aside
      aria-label="Segment history"
      className="fixed inset-y-0 right-0 z-40 flex w-[28rem] max-w-full flex-col border-l border-slate-300 bg-white shadow-xl"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 className="font-semibold">History of segment {segment.position + 1}</h2>
        <Button onClick={onClose} aria-label="Close history" autoFocus>
          Close
        </Button>
      </div>
      <div className="flex-1 space-y-3 overflow-y-auto p-4 text-sm">
        <p className="text-slate-600">Each revision is shown against the first translation: <ins className="diff-ins">inserted</ins>, <del className="diff-del">deleted</del>.</p>
        {isPending && <p className="text-slate-500">Loading…</p>}
        {error && <Alert>{error.message}</Alert>}
        {revert.error && <Alert>{revert.error.message}</Alert>}
        <ol className="space-y-3">
          {data?.revisions
            .slice()
            .reverse()
            .map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-2" data-testid="revision">
                <div className="mb-1 flex items-center gap-2 text-xs text-slate-500">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{KIND_LABEL[r.kind]}</span>
                  <span>v{r.version}</span>
                  <span>{r.author}</span>
                  <time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString()}</time>
                  {r.version === segment.version ? (
                    <span className="ml-auto font-medium text-emerald-700">current</span>
                  ) : (
                    <Button
                      className="ml-auto !px-2 !py-0.5 text-xs"
                      disabled={revert.isPending}
                      onClick={() =>
                        revert.mutate(
                          { segmentId: segment.id, revisionId: r.id, baseVersion: segment.version },
                          { onSuccess: () => onRestored(segment.id), onError: onConflict },
                        )
                      }
                    >
                      Restore this
                    </Button>
                  )}
                </div>
                <DiffView parts={r.diff} />
              </li>
            ))}
        </ol>
      </div>
    </aside>
  );
}
