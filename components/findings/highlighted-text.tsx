'use client';

import { emphasisSpans } from '@/lib/markdown';
import { percent } from './percent';
import type { FindingView, Severity } from './use-findings';

export const SEVERITY_MARK: Record<Severity, string> = {
  minor: 'bg-yellow-100 decoration-yellow-500',
  major: 'bg-orange-200 decoration-orange-600',
  critical: 'bg-rose-200 decoration-rose-700',
};

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

export interface Mark {
  start: number;
  end: number;
  finding: FindingView;
}

interface Token {
  start: number;
  end: number;
}

/**
 * Text with finding marks (wavy underline, colour by severity — distinct from the green/red track changes)
 * and optional word tokens for hover alignment. The marks of the selected finding and of the findings tied to it
 * (`selected`, by fingerprint) are ringed, so a garble in the source and its copy in the translation show together.
 * With `markdown`, **bold** and *italic* show as such and their markers are hidden (they stay in the text, for offsets and copying).
 */
export function HighlightedText({
  text,
  marks,
  tokens,
  highlighted,
  selected,
  onHoverToken,
  onSelectFinding,
  markdown = false,
}: {
  text: string;
  marks: Mark[];
  tokens?: Token[];
  highlighted?: Set<number>;
  selected?: Set<string>;
  onHoverToken?: (index: number | null) => void;
  onSelectFinding?: (f: FindingView) => void;
  markdown?: boolean;
}) {
  const cuts = new Set<number>([0, text.length]);
  const emphasis = markdown ? emphasisSpans(text) : [];
  for (const s of emphasis) for (const at of [s.start, s.start + s.marker, s.end - s.marker, s.end]) cuts.add(at);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  for (const t of tokens ?? []) {
    cuts.add(t.start);
    cuts.add(t.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const tokenIndex = tokens ? tokens.findIndex((t) => t.start <= start && t.end >= end) : -1;
    const worst = covering.reduce<Mark | undefined>((w, m) => (!w || RANK[m.finding.severity] > RANK[w.finding.severity] ? m : w), undefined);
    const isLinked = tokenIndex >= 0 && highlighted?.has(tokenIndex);
    const isSelected = !!selected?.size && covering.some((m) => selected.has(m.finding.fingerprint));
    const isMarker = emphasis.some((s) => (start >= s.start && end <= s.start + s.marker) || (start >= s.end - s.marker && end <= s.end));
    const inside = (kind: 'strong' | 'em') => emphasis.some((s) => s.kind === kind && start >= s.start + s.marker && end <= s.end - s.marker);
    const className = [
      isMarker ? 'hidden' : '',
      inside('strong') ? 'font-bold' : '',
      inside('em') ? 'italic' : '',
      isSelected ? 'ring-2 ring-sky-600' : '',
      worst ? `underline decoration-wavy decoration-2 underline-offset-2 cursor-pointer ${SEVERITY_MARK[worst.finding.severity]}` : '',
      isLinked ? 'rounded-sm outline outline-2 outline-sky-500' : '',
    ].join(' ');
    pieces.push(
      <span
        key={start}
        className={className || undefined}
        data-severity={worst?.finding.severity}
        data-finding={worst ? 'true' : undefined}
        data-selected={isSelected ? 'true' : undefined}
        title={covering.length ? covering.map((m) => `${m.finding.severity} (likely error ${percent(m.finding.probability)}): ${m.finding.message}`).join('\n') : undefined}
        onMouseEnter={tokenIndex >= 0 && onHoverToken ? () => onHoverToken(tokenIndex) : undefined}
        onMouseLeave={tokenIndex >= 0 && onHoverToken ? () => onHoverToken(null) : undefined}
        onClick={worst && onSelectFinding ? () => onSelectFinding(worst.finding) : undefined}
      >
        {text.slice(start, end)}
      </span>,
    );
  }
  return <>{pieces}</>;
}

/** The marks of a segment's (not dismissed) findings on one side. */
export function marksFor(findings: FindingView[] | undefined, side: 'source' | 'target'): Mark[] {
  if (!findings) return [];
  return findings
    .filter((f) => !f.dismissed)
    .flatMap((f) => (side === 'source' ? f.sourceSpans : f.targetSpans).map((s) => ({ start: s.start, end: s.end, finding: f })));
}
