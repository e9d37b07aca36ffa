'use client';

import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useApplyTerm, useTerms } from './use-findings';

/** Every rendering of the same name or term across the article, with "use this choice everywhere". */
export function TermsPanel({ documentId }: { documentId: number }) {
  const terms = useTerms(documentId, true);
  const apply = useApplyTerm(documentId);
  if (terms.isPending) return <p className="text-sm text-slate-500">Collecting terms…</p>;
  if (terms.error) return <Alert>{terms.error.message}</Alert>;
  return (
    <div className="space-y-2 overflow-y-auto">
      {apply.error && <Alert>{apply.error.message}</Alert>}
      {apply.data && <Alert tone="info">Changed {apply.data.changed} segment{apply.data.changed === 1 ? '' : 's'}; each change is a new revision.</Alert>}
      {terms.data.length === 0 && <p className="text-sm text-slate-500">Every repeated name is rendered the same way throughout.</p>}
      {terms.data.map((t) => (
        <section key={t.term} className="rounded border border-slate-200 p-2 text-sm" data-testid="term-group">
          <h3 className="font-semibold">{t.term}</h3>
          <p className="text-xs text-slate-500">in {t.occurrences.length} places</p>
          <ul className="mt-1 space-y-1">
            {t.renderings.map((r) => (
              <li key={r.text} className="flex items-center justify-between gap-2">
                <span>
                  “{r.text}” <span className="text-xs text-slate-500">×{r.count}</span>
                </span>
                <Button className="!px-2 !py-0.5 text-xs" disabled={apply.isPending} onClick={() => apply.mutate({ term: t.term, choice: r.text })}>
                  Use everywhere
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
