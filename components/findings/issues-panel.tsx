'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../ui/button';
import type { Segment } from '../types';
import { percent } from './percent';
import { SpellingSuggestions } from './spelling-suggestions';
import type { FindingView, SegmentFindingsView, Severity, Span } from './use-findings';
import { selectedWithTies, tiedFindings, useChecks } from './use-findings';
import { type SpellingLang } from './use-spelling-suggestions';
import { keys } from '../query-keys';

export interface FindingRef {
  segment: Segment;
  finding: FindingView;
}

const SEVERITY_BADGE: Record<Severity, string> = {
  minor: 'bg-yellow-100 text-yellow-900',
  major: 'bg-orange-200 text-orange-900',
  critical: 'bg-rose-200 text-rose-900',
};

/** The word of a spelling finding and its language: the finding carries no fix, its suggestions are fetched when it is opened. */
function misspelt(r: FindingRef, langs: { source: string; target: string }): { side: 'source' | 'target'; span: Span; word: string; lang: SpellingLang } | undefined {
  const side = r.finding.side;
  // A spelling finding stored before suggestions became lazy may still carry its fix: that one is offered instead.
  if (r.finding.check !== 'spelling' || side === 'both' || r.finding.fix) return undefined;
  const span = (side === 'target' ? r.finding.targetSpans : r.finding.sourceSpans)[0];
  if (!span) return undefined;
  const word = (side === 'target' ? r.segment.targetText : r.segment.sourceText).slice(span.start, span.end);
  return { side, span, word, lang: langs[side] === 'de' ? 'de' : 'en' };
}

/** The finding with a suggestion as its fix, for the same one-click path as every other fix. */
function withReplacement(r: FindingRef, span: Span, replacement: string): FindingRef {
  return { ...r, finding: { ...r.finding, fix: { side: 'target', span, replacement, label: `Replace with “${replacement}”` } } };
}

/** Up to this many findings the list is rendered whole; beyond, windowed. */
const WINDOWED_FROM = 150;

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${SEVERITY_BADGE[severity]}`}>{severity}</span>;
}

/** All findings of the document with filters; ↑/↓ (or j/k) move, Enter opens the segment, f applies the fix, d dismisses. */
export const IssuesPanel = memo(function IssuesPanel({
  segments,
  findings,
  langs,
  selected,
  onSelect,
  onOpen,
  onFix,
  onDismiss,
  onPromote,
  promoteError,
}: {
  segments: Segment[];
  findings: SegmentFindingsView[];
  /** The document's languages (de, en): spelling suggestions are looked up in the side's dictionary. */
  langs: { source: string; target: string };
  selected: string | null;
  onSelect: (ref: FindingRef) => void;
  onOpen: (ref: FindingRef) => void;
  onFix: (ref: FindingRef) => void;
  onDismiss: (ref: FindingRef, action: 'dismiss' | 'restore') => void;
  /** Editors: promote a finding to a marked LQA error. */
  onPromote?: (ref: FindingRef) => void;
  promoteError?: string;
}) {
  const checks = useChecks();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState('');
  const [check, setCheck] = useState('');
  const [showDismissed, setShowDismissed] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const findingsOf = useMemo(() => new Map(findings.map((f) => [f.segmentId, f.findings])), [findings]);
  const all = useMemo(() => {
    const refs: FindingRef[] = [];
    // A map look-up, not a search per segment: a document of 5,000 segments took seconds here.
    for (const s of segments) for (const finding of findingsOf.get(s.id) ?? []) refs.push({ segment: s, finding });
    return refs;
  }, [segments, findingsOf]);
  const visible = all.filter(
    (r) =>
      (showDismissed || !r.finding.dismissed) &&
      (!category || r.finding.category === category) &&
      (!severity || r.finding.severity === severity) &&
      (!check || r.finding.check === check),
  );
  const categories = [...new Set(all.map((r) => r.finding.category))].sort();
  const checkIds = [...new Set(all.map((r) => r.finding.check))].sort();
  const label = (id: string) => checks.data?.find((c) => c.id === id)?.label ?? id;
  const index = visible.findIndex((r) => r.finding.fingerprint === selected);
  // The selected finding and those tied to it (the same garble on the other side) are shown together.
  const current = index >= 0 ? visible[index] : all.find((r) => r.finding.fingerprint === selected);
  const selectedGroup = current ? selectedWithTies(selected, findingsOf.get(current.segment.id)) : new Set<string>();

  // A long list (a real job has thousands of findings) keeps only the items near its viewport in the DOM.
  const windowed = visible.length > WINDOWED_FROM;
  const virtualizer = useVirtualizer({
    count: visible.length,
    enabled: windowed,
    getScrollElement: () => listRef.current,
    estimateSize: () => 64,
    overscan: 10,
    gap: 4,
    getItemKey: (i) => `${visible[i]!.segment.id}-${visible[i]!.finding.fingerprint}`,
  });

  useEffect(() => {
    if (windowed && index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    else listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    // Only when the selection changes: the list must not jump back while the reviewer scrolls it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  // A fixed or dismissed finding leaves the list: the selection moves on to its neighbour, not back to the top.
  const fix = (r: FindingRef) => {
    moveOnFrom(r);
    onFix(r);
  };
  const dismiss = (r: FindingRef) => {
    if (!r.finding.dismissed && !showDismissed) moveOnFrom(r);
    onDismiss(r, r.finding.dismissed ? 'restore' : 'dismiss');
  };
  const moveOnFrom = (r: FindingRef) => {
    const at = visible.findIndex((v) => v.finding.fingerprint === r.finding.fingerprint);
    const rest = [...visible.slice(at + 1), ...visible.slice(0, Math.max(0, at)).reverse()];
    const next = rest.find((v) => v.finding.fingerprint !== r.finding.fingerprint);
    if (next) onSelect(next);
  };

  const move = (delta: number) => {
    if (visible.length === 0) return;
    const next = visible[(index + delta + visible.length) % visible.length];
    if (next) onSelect(next);
  };

  return (
    <div className="flex h-full flex-col gap-2">
      <div className="grid grid-cols-3 gap-1 text-xs">
        <select aria-label="Filter by category" value={category} onChange={(e) => setCategory(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5">
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <select aria-label="Filter by severity" value={severity} onChange={(e) => setSeverity(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5">
          <option value="">All severities</option>
          <option value="critical">critical</option>
          <option value="major">major</option>
          <option value="minor">minor</option>
        </select>
        <select aria-label="Filter by check" value={check} onChange={(e) => setCheck(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5">
          <option value="">All checks</option>
          {checkIds.map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center justify-between text-xs text-slate-600">
        <span data-testid="issue-count">
          {visible.length} finding{visible.length === 1 ? '' : 's'}
        </span>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} /> show dismissed
        </label>
      </div>
      <ol
        ref={listRef}
        role="listbox"
        aria-label="Findings"
        tabIndex={0}
        className="relative flex-1 space-y-1 overflow-y-auto rounded border border-slate-200 p-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
        onKeyDown={(e) => {
          const current = visible[index];
          if (e.key === 'ArrowDown' || e.key === 'j') {
            e.preventDefault();
            move(1);
          } else if (e.key === 'ArrowUp' || e.key === 'k') {
            e.preventDefault();
            move(-1);
          } else if (e.key === 'Enter' && current) {
            e.preventDefault();
            onOpen(current);
          } else if (e.key === 'f' && current?.finding.fix?.side === 'target') {
            e.preventDefault();
            fix(current);
          } else if (e.key === 'f' && current) {
            // A spelling finding: its first suggestion, once fetched.
            const typo = misspelt(current, langs);
            const first = typo?.side === 'target' ? queryClient.getQueryData<string[]>(keys.spellingSuggestions(typo.lang, typo.word))?.[0] : undefined;
            if (typo && first !== undefined) {
              e.preventDefault();
              fix(withReplacement(current, typo.span, first));
            }
          } else if (e.key === 'm' && current && onPromote) {
            e.preventDefault();
            onPromote(current);
          } else if (e.key === 'd' && current) {
            e.preventDefault();
            dismiss(current);
          }
        }}
      >
        {visible.length === 0 && <li className="p-2 text-sm text-slate-500">No findings{all.length ? ' match the filters' : ''}.</li>}
        {windowed && <li aria-hidden role="presentation" style={{ height: virtualizer.getTotalSize() }} />}
        {(windowed ? virtualizer.getVirtualItems() : visible.map((_, i) => ({ index: i, start: 0 }))).map(({ index: at, start }) => {
          const r = visible[at]!;
          const isSelected = r.finding.fingerprint === selected;
          const typo = isSelected ? misspelt(r, langs) : undefined;
          const isTied = !isSelected && current?.segment.id === r.segment.id && selectedGroup.has(r.finding.fingerprint);
          const ties = tiedFindings(r.finding, findingsOf.get(r.segment.id));
          const className = `cursor-pointer rounded p-2 text-sm ${isSelected ? 'bg-sky-100 ring-1 ring-sky-400' : isTied ? 'bg-sky-50 ring-1 ring-dashed ring-sky-300' : 'hover:bg-slate-50'} ${r.finding.dismissed ? 'opacity-60' : ''}`;
          return (
            <li
              key={`${r.segment.id}-${r.finding.fingerprint}`}
              role="option"
              aria-selected={isSelected}
              data-testid="finding"
              data-check={r.finding.check}
              data-side={r.finding.side}
              data-tied={isTied ? 'true' : undefined}
              className={className}
              onClick={() => onSelect(r)}
              onDoubleClick={() => onOpen(r)}
              {...(windowed && {
                'data-index': at,
                ref: virtualizer.measureElement,
                className: `${className} absolute inset-x-1 top-0`,
                style: { transform: `translateY(${start}px)` },
              })}
            >
              <div className="mb-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
                <SeverityBadge severity={r.finding.severity} />
                <span className="font-medium text-slate-700" data-testid="probability" title="The chance this finding marks a real error, from a model trained on annotated translations">
                  likely error {percent(r.finding.probability)}
                </span>
                <span>#{r.segment.position + 1}</span>
                <span>{r.finding.category}</span>
                <span className="text-slate-600" title={r.finding.rule ? `Rule ${r.finding.rule}` : undefined} data-testid="finding-rule">
                  · {label(r.finding.check)}
                  {r.finding.rule && <code className="ml-1">{r.finding.rule.slice(r.finding.rule.indexOf('.') + 1)}</code>}
                </span>
                <span className="text-slate-600">· {r.finding.side}</span>
              </div>
              <p className="text-slate-800">{r.finding.message}</p>
              {ties.map((t) => (
                <button
                  key={t.fingerprint}
                  type="button"
                  data-testid="tie"
                  className="mt-0.5 block text-left text-xs text-sky-800 hover:underline"
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect({ segment: r.segment, finding: t });
                  }}
                >
                  ⇄ Same problem in the {t.side === 'source' ? 'source' : 'translation'}: {t.message}
                </button>
              ))}
              {r.finding.dismissed && (
                <p className="text-xs text-slate-500">
                  Dismissed by {r.finding.dismissed.by} on {new Date(r.finding.dismissed.at).toLocaleString()}
                </p>
              )}
              {isSelected && (
                <div className="mt-1 flex flex-wrap gap-1">
                  {r.finding.fix?.side === 'target' && (
                    <Button className="!px-2 !py-0.5 text-xs" variant="primary" onClick={() => fix(r)}>
                      {r.finding.fix.label} <kbd className="ml-1 opacity-70">f</kbd>
                    </Button>
                  )}
                  {typo && (
                    <SpellingSuggestions
                      lang={typo.lang}
                      word={typo.word}
                      onPick={typo.side === 'target' ? (replacement) => fix(withReplacement(r, typo.span, replacement)) : undefined}
                    />
                  )}
                  <Button className="!px-2 !py-0.5 text-xs" onClick={() => dismiss(r)}>
                    {r.finding.dismissed ? 'Undo dismissal' : 'Dismiss as false positive'} <kbd className="ml-1 opacity-70">d</kbd>
                  </Button>
                  <Button className="!px-2 !py-0.5 text-xs" onClick={() => onOpen(r)}>
                    Edit segment <kbd className="ml-1 opacity-70">Enter</kbd>
                  </Button>
                  {onPromote && (
                    <Button className="!px-2 !py-0.5 text-xs" onClick={() => onPromote(r)}>
                      Mark as LQA error <kbd className="ml-1 opacity-70">m</kbd>
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {promoteError && <p className="text-xs text-red-700">{promoteError}</p>}
      <p className="text-[11px] text-slate-500">
        <kbd>F8</kbd>/<kbd>Shift+F8</kbd> next/previous finding anywhere · in the list: <kbd>↑</kbd>/<kbd>↓</kbd>, <kbd>Enter</kbd> edit, <kbd>f</kbd> fix, <kbd>d</kbd> dismiss{onPromote ? ', m mark as LQA error' : ''}
      </p>
    </div>
  );
});
