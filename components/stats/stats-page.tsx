'use client';

import Link from 'next/link';
import { LqaSettingsForm } from '../lqa/lqa-settings-form';
import { Alert } from '../ui/alert';
import { BarChart } from './bar-chart';
import { percent } from './format';
import { Proposals } from './proposals';
import { StatsFigures } from './stats-figures';
import { TranslatorsTable } from './translators-table';
import { useOverallStats } from './use-stats';

/** Post-editing statistics over every document: per translator, per document, recurring corrections, LQA settings. */
export function StatsPage() {
  const stats = useOverallStats();
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl font-semibold">Statistics</h1>
          <p className="text-sm text-slate-600">Post-editing across all documents, measured from each segment’s first translation.</p>
        </div>
        <a href="/api/stats?format=csv" download className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50">
          Download CSV (per translator)
        </a>
      </div>
      {stats.error && <Alert>{stats.error.message}</Alert>}
      {stats.isPending && <p className="text-sm text-slate-500">Computing the statistics…</p>}
      {stats.data && (
        <>
          <StatsFigures stats={stats.data.stats} />
          <div className="grid gap-6 lg:grid-cols-2">
            <BarChart
              title="Word edit rate per translator"
              bars={stats.data.translators.map((t) => ({ label: t.author, value: t.stats.wordEditRate, display: percent(t.stats.wordEditRate) }))}
            />
            <BarChart
              title="Segments per hour per translator"
              bars={stats.data.translators.map((t) => ({
                label: t.author,
                value: t.stats.segmentsPerHour,
                display: t.stats.segmentsPerHour === null ? '—' : t.stats.segmentsPerHour.toFixed(1),
              }))}
            />
          </div>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Translators</h2>
            <TranslatorsTable translators={stats.data.translators} />
          </section>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Documents</h2>
            <table className="w-full text-sm" aria-label="Documents">
              <thead>
                <tr className="border-b border-slate-300 text-left text-xs uppercase text-slate-500">
                  <th className="py-1 pr-3 font-medium">Document</th>
                  <th className="py-1 pr-3 font-medium">Segments</th>
                  <th className="py-1 pr-3 font-medium">Edited</th>
                  <th className="py-1 pr-3 font-medium">Word edit rate</th>
                  <th className="py-1 font-medium">Findings fixed</th>
                </tr>
              </thead>
              <tbody>
                {stats.data.documents.map((d) => (
                  <tr key={d.id} className="border-b border-slate-100 tabular-nums">
                    <td className="py-1 pr-3">
                      <Link href={`/documents/${d.id}/stats`} className="text-sky-700 hover:underline">
                        {d.title}
                      </Link>
                    </td>
                    <td className="py-1 pr-3">{d.stats.segments}</td>
                    <td className="py-1 pr-3">{d.stats.edited}</td>
                    <td className="py-1 pr-3">{percent(d.stats.wordEditRate)}</td>
                    <td className="py-1">{d.stats.findingsFixed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Recurring corrections</h2>
            {stats.data.proposals.length === 0 && <Proposals proposals={[]} />}
            {stats.data.proposals.map((pair) => (
              <div key={`${pair.sourceLang}-${pair.targetLang}`} className="space-y-1">
                <h3 className="text-xs font-semibold uppercase text-slate-500">
                  {pair.sourceLang} → {pair.targetLang}
                </h3>
                <Proposals proposals={pair.proposals} />
              </div>
            ))}
          </section>
        </>
      )}
      <section className="space-y-2">
        <h2 className="text-sm font-semibold">LQA scoring</h2>
        <LqaSettingsForm />
      </section>
    </div>
  );
}
