import { decimal, percent } from './format';
import type { TranslatorStats } from './use-stats';

/** One row per person who edited: what they changed and how fast. */
export function TranslatorsTable({ translators }: { translators: TranslatorStats[] }) {
  if (translators.length === 0) return <p className="text-sm text-slate-500">Nobody has edited a segment yet.</p>;
  return (
    <table className="w-full text-sm" aria-label="Translators">
      <thead>
        <tr className="border-b border-slate-300 text-left text-xs uppercase text-slate-500">
          <th className="py-1 pr-3 font-medium">Translator</th>
          <th className="py-1 pr-3 font-medium">Segments</th>
          <th className="py-1 pr-3 font-medium">Edited</th>
          <th className="py-1 pr-3 font-medium">Word edit rate</th>
          <th className="py-1 pr-3 font-medium">Character edit rate</th>
          <th className="py-1 pr-3 font-medium">Minutes</th>
          <th className="py-1 pr-3 font-medium">Segments/hour</th>
          <th className="py-1 font-medium">Findings fixed</th>
        </tr>
      </thead>
      <tbody>
        {translators.map(({ author, stats }) => (
          <tr key={author} className="border-b border-slate-100 tabular-nums">
            <td className="py-1 pr-3">{author}</td>
            <td className="py-1 pr-3">{stats.segments}</td>
            <td className="py-1 pr-3">{stats.edited}</td>
            <td className="py-1 pr-3">{percent(stats.wordEditRate)}</td>
            <td className="py-1 pr-3">{percent(stats.charEditRate)}</td>
            <td className="py-1 pr-3">{decimal(stats.workingMinutes, 0)}</td>
            <td className="py-1 pr-3">{decimal(stats.segmentsPerHour)}</td>
            <td className="py-1">{stats.findingsFixed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
