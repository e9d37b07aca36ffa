'use client';

import Link from 'next/link';
import { useState } from 'react';
import { LqaPanel } from '../lqa/lqa-panel';
import { useDocument } from '../review/use-document';
import { Alert } from '../ui/alert';
import { BarChart } from './bar-chart';
import { percent } from './format';
import { Proposals } from './proposals';
import { StatsFigures } from './stats-figures';
import { TranslatorsTable } from './translators-table';
import { useDocumentStats } from './use-stats';

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** A document's post-editing statistics, glossary proposals and LQA (score, marked errors, marking by segment). */
export function DocumentStatsPage({ documentId }: { documentId: number }) {
  const stats = useDocumentStats(documentId);
  const doc = useDocument(documentId);
  const [segmentId, setSegmentId] = useState<number | null>(null);
  const segment = doc.data?.segments.find((s) => s.id === segmentId);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <Link href={`/documents/${documentId}`} className="text-sm text-sky-700 hover:underline">
            ← Back to the document
          </Link>
          <h1 className="text-xl font-semibold">Statistics{stats.data ? ` — ${stats.data.document.title}` : ''}</h1>
          <p className="text-sm text-slate-600">Post-editing measured from each segment’s first translation to its current text.</p>
        </div>
        <Link href={`/documents/${documentId}/activity`} className="text-sm text-sky-700 hover:underline">
          Activity
        </Link>
        <a href={`/api/documents/${documentId}/stats?format=csv`} download className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50">
          Download CSV
        </a>
      </div>

      {stats.error && <Alert>{stats.error.message}</Alert>}
      {stats.isPending && <p className="text-sm text-slate-500">Computing the statistics…</p>}
      {stats.data && (
        <>
          <StatsFigures stats={stats.data.stats} />
          <div className="grid gap-6 lg:grid-cols-2">
            <BarChart
              title="Word edit rate per paragraph"
              bars={stats.data.paragraphs.map((p) => ({ label: `Paragraph ${p.paragraph}`, value: p.wordEditRate, display: percent(p.wordEditRate) }))}
            />
            <BarChart
              title="Word edit rate per translator"
              bars={stats.data.translators.map((t) => ({ label: t.author, value: t.stats.wordEditRate, display: percent(t.stats.wordEditRate) }))}
            />
          </div>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Translators</h2>
            <TranslatorsTable translators={stats.data.translators} />
          </section>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Recurring corrections</h2>
            <Proposals proposals={stats.data.proposals} />
          </section>
        </>
      )}

      <section className="space-y-2">
        <label className="flex max-w-3xl flex-col text-xs">
          Segment to mark an LQA error in
          <select
            aria-label="Segment to mark"
            value={segmentId ?? ''}
            onChange={(e) => setSegmentId(e.target.value ? Number(e.target.value) : null)}
            className="rounded border border-slate-300 px-1 py-1 text-sm"
          >
            <option value="">Choose a segment…</option>
            {doc.data?.segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.position + 1}: {short(s.sourceText)}
              </option>
            ))}
          </select>
        </label>
        <LqaPanel documentId={documentId} segment={segment} />
      </section>
    </div>
  );
}
