'use client';

import { can, useMe } from '../account/use-me';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { MarkErrorForm, type LqaSegment } from './mark-error-form';
import { useDeleteMarkedError, useLqa, useMarkedErrors, type LqaScore } from './use-lqa';

const SEVERITY_STYLE: Record<string, string> = {
  neutral: 'bg-slate-100 text-slate-700',
  minor: 'bg-amber-100 text-amber-900',
  major: 'bg-orange-100 text-orange-900',
  critical: 'bg-red-100 text-red-900',
};

const perThousand = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The live LQA score: penalty per 1,000 source words, pass or fail against the project's threshold, by category. */
export function LqaScoreView({ score, threshold }: { score: LqaScore; threshold: number }) {
  const categories = Object.entries(score.byCategory).filter(([, t]) => t.count > 0);
  return (
    <div className="space-y-1" aria-label="LQA score">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="text-2xl font-semibold tabular-nums" data-testid="lqa-score">
          {perThousand(score.perThousandWords)}
        </span>
        <span className="text-sm text-slate-600">penalty points per 1,000 source words</span>
        <span
          data-testid="lqa-verdict"
          className={`rounded px-2 py-0.5 text-xs font-semibold ${score.pass ? 'bg-emerald-100 text-emerald-800' : 'bg-red-100 text-red-800'}`}
        >
          {score.pass ? 'Pass' : 'Fail'}
        </span>
      </div>
      <p className="text-xs text-slate-600">
        Threshold {perThousand(threshold)} · quality score {score.qualityScore.toFixed(2)} · {score.penalty} penalty points over {score.wordCount.toLocaleString('en-GB')}{' '}
        source words
      </p>
      {categories.length > 0 && (
        <table className="text-xs" aria-label="LQA errors by category">
          <tbody>
            {categories.map(([category, tally]) => (
              <tr key={category}>
                <td className="pr-3">{category}</td>
                <td className="pr-3 tabular-nums">{tally.count}×</td>
                <td className="tabular-nums text-slate-600">{tally.penalty} pts</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * LQA for the review screen: the document's live score, its marked errors (delete for editors), and a
 * form to mark an error in `segment` (the selected one; undefined shows a hint instead).
 */
export function LqaPanel({ documentId, segment }: { documentId: number; segment: LqaSegment | undefined }) {
  const me = useMe();
  const lqa = useLqa(documentId);
  const errors = useMarkedErrors(documentId);
  const remove = useDeleteMarkedError(documentId);
  const editor = can(me.data, 'editor');

  return (
    <section aria-label="Quality assessment (LQA)" className="space-y-3 rounded border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Quality assessment (LQA)</h2>
      {lqa.error && <Alert>{lqa.error.message}</Alert>}
      {lqa.data && <LqaScoreView score={lqa.data.score} threshold={lqa.data.settings.passThreshold} />}

      {segment ? (
        <div className="border-t border-slate-100 pt-2">
          <h3 className="mb-1 text-xs font-semibold text-slate-700">Mark an error in segment {segment.position + 1}</h3>
          <MarkErrorForm documentId={documentId} segment={segment} />
        </div>
      ) : (
        <p className="text-xs text-slate-500">Choose a segment to mark an error in it.</p>
      )}

      <div className="border-t border-slate-100 pt-2">
        <h3 className="mb-1 text-xs font-semibold text-slate-700">Marked errors ({errors.data?.length ?? 0})</h3>
        {errors.error && <Alert>{errors.error.message}</Alert>}
        {remove.error && <Alert>{remove.error.message}</Alert>}
        {errors.data?.length === 0 && <p className="text-xs text-slate-500">No errors marked yet.</p>}
        <ul className="space-y-1" aria-label="Marked errors">
          {errors.data?.map((e) => (
            <li key={e.id} data-testid="marked-error" className="flex items-start gap-2 text-xs">
              <div className="min-w-0 flex-1">
                <span className="font-medium">#{e.position}</span> <span className="text-slate-500">{e.side}</span> “{e.text}” ·{' '}
                <span>{e.category}</span>{' '}
                <span className={`rounded px-1 ${SEVERITY_STYLE[e.severity] ?? ''}`}>{e.severity}</span>{' '}
                <span className="text-slate-500">— {e.author}</span>
                {e.note && <div className="text-slate-600">{e.note}</div>}
              </div>
              {editor && (
                <Button
                  aria-label={`Delete the marked error “${e.text}” in segment ${e.position}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(e.id)}
                >
                  Delete
                </Button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
