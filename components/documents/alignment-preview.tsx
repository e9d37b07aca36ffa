'use client';

import { useRef } from 'react';
import { mergeWithNext, setTarget, splitTarget, type Alignment } from '@/lib/align';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

/** The aligned pairs before import; unsure pairs are marked so the user can merge, split or edit them. */
export function AlignmentPreview({ alignment, onChange }: { alignment: Alignment; onChange: (a: Alignment) => void }) {
  const cursor = useRef(new Map<number, number>());
  const unsure = alignment.pairs.filter((p) => p.unsure).length;
  return (
    <div className="space-y-2">
      {alignment.warnings.map((w) => (
        <Alert tone="warning" key={w}>
          {w}
        </Alert>
      ))}
      <p className="text-sm text-slate-600" data-testid="alignment-summary">
        {alignment.pairs.length} pairs · {unsure === 0 ? 'all look right' : `${unsure} to check (marked in amber)`}
      </p>
      <ol className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Aligned pairs">
        {alignment.pairs.map((p, i) => (
          <li key={i} className={`grid grid-cols-[2rem_1fr_1fr] gap-3 p-2 text-sm ${p.unsure ? 'bg-amber-50' : ''}`} data-testid="pair" data-unsure={p.unsure}>
            <span className="text-xs tabular-nums text-slate-600">{i + 1}</span>
            <div>
              <p>{p.sourceText}</p>
              {p.unsure && p.reason && <p className="mt-1 text-xs font-medium text-amber-800">{p.reason}</p>}
            </div>
            <div className="space-y-1">
              <textarea
                aria-label={`Translation for pair ${i + 1}`}
                className="w-full rounded border border-slate-300 px-2 py-1"
                rows={Math.max(2, Math.ceil(p.targetText.length / 60))}
                value={p.targetText}
                onChange={(e) => onChange(setTarget(alignment, i, e.target.value))}
                onSelect={(e) => cursor.current.set(i, e.currentTarget.selectionStart)}
              />
              <div className="flex gap-2">
                <Button className="!px-2 !py-0.5 text-xs" disabled={i === alignment.pairs.length - 1} onClick={() => onChange(mergeWithNext(alignment, i))}>
                  Merge with next
                </Button>
                <Button
                  className="!px-2 !py-0.5 text-xs"
                  disabled={i === alignment.pairs.length - 1}
                  title="Moves the text after the cursor to the next pair"
                  onClick={() => onChange(splitTarget(alignment, i, cursor.current.get(i) ?? p.targetText.length))}
                >
                  Split at cursor
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
