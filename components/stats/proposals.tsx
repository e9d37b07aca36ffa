'use client';

import { can, useMe } from '../account/use-me';
import { useAddGlossaryEntry, useGlossary } from '../settings/use-settings';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import type { CorrectionProposal } from './use-stats';

/** Recurring corrections as glossary proposals: „source“ ‘machine wording’ → ‘correction’, with "Add to glossary". */
export function Proposals({ proposals }: { proposals: CorrectionProposal[] }) {
  const me = useMe();
  const glossary = useGlossary();
  const add = useAddGlossaryEntry();
  const editor = can(me.data, 'editor');
  if (proposals.length === 0) {
    return <p className="text-sm text-slate-500">No correction was made the same way in 3 or more segments yet.</p>;
  }
  const inGlossary = (p: CorrectionProposal) =>
    glossary.data?.some((g) => g.sourceTerm.toLowerCase() === p.source?.toLowerCase() && g.targetTerm.toLowerCase() === p.to.toLowerCase()) ?? false;

  return (
    <div className="space-y-2">
      {add.error && <Alert>{add.error.message}</Alert>}
      <ul className="space-y-1" aria-label="Glossary proposals">
        {proposals.map((p) => {
          const added = inGlossary(p);
          const reason = !p.source
            ? 'No source word is linked to this wording, so it cannot become a glossary entry.'
            : !editor
              ? 'Adding to the glossary needs the editor role.'
              : undefined;
          return (
            <li key={`${p.from}\n${p.to}`} data-testid="proposal" className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white px-2 py-1 text-sm">
              <span className="min-w-0 flex-1">
                {p.source ? <strong>„{p.source}“</strong> : <em className="text-slate-500">no source word</em>}: ‘{p.from}’ was changed to ‘{p.to}’ in {p.count} segments
              </span>
              {added ? (
                <span className="text-xs font-medium text-emerald-700">In the glossary</span>
              ) : (
                <Button
                  disabled={!p.source || !editor || add.isPending}
                  title={reason}
                  onClick={() =>
                    p.source &&
                    add.mutate({
                      sourceTerm: p.source,
                      targetTerm: p.to,
                      forbidden: [p.from],
                      note: `Proposed from ${p.count} recurring corrections (‘${p.from}’ → ‘${p.to}’).`,
                    })
                  }
                >
                  Add to glossary
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
