import { decimal, percent } from './format';
import type { PostEditStats } from './use-stats';

/** The headline post-editing figures: how much was changed, how fast, and what it fixed. */
export function StatsFigures({ stats }: { stats: PostEditStats }) {
  const figures: [string, string, string][] = [
    ['Segments', String(stats.segments), `${stats.measured} with a first translation to measure against`],
    ['Edited', `${stats.edited} of ${stats.measured}`, `unchanged: ${percent(stats.unchangedShare)}`],
    ['Word edit rate', percent(stats.wordEditRate), `TER-like: ${stats.wordEditDistance} word/punctuation edits`],
    ['Character edit rate', percent(stats.charEditRate), `${stats.charEditDistance} character edits`],
    ['Segments per hour', decimal(stats.segmentsPerHour), `${stats.workedSegments} worked in ${decimal(stats.workingMinutes, 0)} min`],
    ['Findings fixed', String(stats.findingsFixed), 'check findings of the first translation gone from the text'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" aria-label="Post-editing figures">
      {figures.map(([label, value, hint]) => (
        <div key={label} className="rounded border border-slate-200 bg-white p-2" data-testid="figure">
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          <dd className="text-xs text-slate-500">{hint}</dd>
        </div>
      ))}
    </dl>
  );
}
