/** A small horizontal bar chart in inline SVG: one labelled bar per row, scaled to the largest value. */
export interface Bar {
  label: string;
  /** null: nothing to show (e.g. no measured segment); drawn as an empty row. */
  value: number | null;
  /** The figure written after the bar. */
  display: string;
}

const ROW = 22;
const LABEL = 170;
const WIDTH = 560;
const FIGURE = 70;

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.value ?? 0), 0);
  const area = WIDTH - LABEL - FIGURE;
  const height = bars.length * ROW + 4;
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs font-semibold text-slate-700">{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-xl" style={{ height: 'auto' }}>
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const w = max > 0 && b.value !== null ? Math.max((b.value / max) * area, b.value > 0 ? 2 : 0) : 0;
          const label = b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label;
          return (
            <g key={`${b.label}-${i}`} data-testid="bar">
              <title>{`${b.label}: ${b.display}`}</title>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" className="fill-slate-700" fontSize="12">
                {label}
              </text>
              <rect x={LABEL} y={y + 3} width={w} height={ROW - 8} rx="2" className="fill-sky-500" />
              <text x={LABEL + w + 6} y={y + ROW / 2 + 4} className="fill-slate-600" fontSize="12">
                {b.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
