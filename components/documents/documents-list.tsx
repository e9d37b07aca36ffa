'use client';

import Link from 'next/link';
import { LANG_LABEL, type SourceLang, type TargetLang } from '@/lib/lang';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useDialogs } from '../ui/dialogs';
import { PROVENANCE_LABEL, type DocumentSummary } from '../types';
import { useDeleteDocument, useDocuments } from './use-documents';
import { can, useMe } from '../account/use-me';

export function ProgressBar({ value, total, label }: { value: number; total: number; label: string }) {
  const pct = total ? Math.round((value / total) * 100) : 0;
  return (
    <div className="flex items-center gap-2" title={label}>
      <div
        className="h-2 w-32 overflow-hidden rounded bg-slate-200"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={value}
      >
        <div className="h-full bg-emerald-500" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs tabular-nums text-slate-600">{label}</span>
    </div>
  );
}

function langPair(d: DocumentSummary) {
  return `${LANG_LABEL[d.sourceLang as SourceLang] ?? d.sourceLang} → ${LANG_LABEL[d.targetLang as TargetLang] ?? d.targetLang}`;
}

export function DocumentsList() {
  const { data, error, isPending } = useDocuments();
  const del = useDeleteDocument();
  const me = useMe();
  const dialogs = useDialogs();
  if (isPending) return <p className="text-sm text-slate-500">Loading documents…</p>;
  if (error) return <Alert>{error.message}</Alert>;
  return (
    <div className="space-y-3">
      {del.error && <Alert>{del.error.message}</Alert>}
      {data.length === 0 && (
        <Alert tone="info">
          No documents yet. <Link href="/documents/new" className="underline">Create one</Link> by pasting or uploading an article.
        </Alert>
      )}
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Documents">
        {data.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-4 px-4 py-3">
            <div className="min-w-0 flex-1">
              <Link href={`/documents/${d.id}`} className="font-medium text-sky-800 hover:underline">
                {d.title}
              </Link>
              <div className="mt-0.5 text-xs text-slate-500">
                {langPair(d)} · {PROVENANCE_LABEL[d.provenance]}
                {d.provenanceDetail && d.provenance === 'deepl' ? ` (${d.provenanceDetail})` : ''}
                {d.translationState === 'translating' && ' · translating…'}
                {d.translationState === 'failed' && ' · translation stopped'}
              </div>
              <div className="mt-0.5 text-xs text-slate-500" data-testid="document-status">
                {d.progress.approved ? (
                  <b className="text-green-700">approved</b>
                ) : (
                  (['machine', 'edited', 'submitted', 'approved', 'rejected'] as const)
                    .filter((k) => d.progress.byStatus[k] > 0)
                    .map((k) => `${d.progress.byStatus[k]} ${k}`)
                    .join(' · ')
                )}
              </div>
            </div>
            <ProgressBar value={d.progress.edited} total={d.progress.total} label={`${d.progress.edited} of ${d.progress.total} edited`} />
            {can(me.data, 'editor') && (
            <Button
              variant="danger"
              aria-label={`Delete ${d.title}`}
              onClick={async () => {
                const ok = await dialogs.confirm({ title: `Delete “${d.title}”?`, message: 'The document and all its revisions are deleted. This cannot be undone.', confirmLabel: 'Delete', tone: 'danger' });
                if (ok) del.mutate(d.id);
              }}
            >
              Delete
            </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
