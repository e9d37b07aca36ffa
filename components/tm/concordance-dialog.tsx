'use client';

import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { keepTabInside } from '../ui/dialog';
import { TM_STATE_LABEL } from './matches-panel';
import { useConcordance, type ConcordanceHit, type ConcordanceSide } from './use-tm';

const SIDES: [ConcordanceSide, string][] = [
  ['both', 'Source and target'],
  ['source', 'Source'],
  ['target', 'Target'],
];

/** The search words marked in a stored text (case-insensitive), so the eye finds them in a long sentence. */
function Marked({ text, q }: { text: string; q: string }) {
  const needle = q.trim().toLowerCase();
  if (needle.length < 2) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

/** Concordance: search the translation memory's sources and targets for a phrase; Esc closes, focus stays inside. */
export function ConcordanceDialog({ documentId, initial, onClose }: { documentId: number; initial: string; onClose: () => void }) {
  const [q, setQ] = useState(initial);
  const [side, setSide] = useState<ConcordanceSide>('both');
  const hits = useConcordance(documentId, q, side);
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    input.current?.focus();
    input.current?.select();
    // Back to where the user was (the editor, usually) when the dialog closes.
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, []);

  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    keepTabInside(dialog.current, e);
  };

  const tooShort = q.trim().length < 2;
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 p-4 pt-16" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="concordance-title"
        className="flex max-h-[80vh] w-full max-w-3xl flex-col gap-3 rounded bg-white p-4 shadow-2xl"
        onKeyDown={onKeyDown}
      >
        <div className="flex items-center justify-between">
          <h2 id="concordance-title" className="text-lg font-semibold">
            Search the translation memory
          </h2>
          <Button className="px-2 py-0.5" onClick={onClose} aria-label="Close the search (Esc)">
            Close
          </Button>
        </div>
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            maxLength={200}
            placeholder="A word or phrase"
            aria-label="Words to search for"
            className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1"
          />
          <select value={side} onChange={(e) => setSide(e.target.value as ConcordanceSide)} aria-label="Where to search" className="rounded border border-slate-300 px-2 py-1 text-sm">
            {SIDES.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {hits.error && <Alert>{hits.error.message}</Alert>}
        {tooShort && <p className="text-sm text-slate-500">Type at least 2 characters.</p>}
        {!tooShort && hits.data?.length === 0 && <p className="text-sm text-slate-500">Nothing in the translation memory contains “{q.trim()}”.</p>}
        <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto text-sm" aria-label="Pairs found" data-testid="concordance-hits">
          {!tooShort &&
            hits.data?.map((h: ConcordanceHit) => (
              <li key={h.id} className="grid grid-cols-2 gap-3 py-2" data-testid="concordance-hit" tabIndex={0}>
                <span>
                  <Marked text={h.sourceText} q={side === 'target' ? '' : q} />
                </span>
                <span>
                  <Marked text={h.targetText} q={side === 'source' ? '' : q} />
                  <span className="mt-0.5 block text-xs text-slate-500">
                    {TM_STATE_LABEL[h.state]} · {h.origin} · {new Date(h.updatedAt).toLocaleDateString()}
                  </span>
                </span>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
