'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useRowEditing, type EditingStore } from './editing-store';
import { HighlightedText, marksFor } from '../findings/highlighted-text';
import { percent } from '../findings/percent';
import { selectedWithTies, useAlignment, type FindingView } from '../findings/use-findings';
import type { ChainVersion } from '@/lib/diff';
import { can, type Me } from '../account/use-me';
import { ORIGIN_LABEL, type Segment } from '../types';
import { ChainDiffView, ChainLegend } from './chain-diff-view';
import { DiffView } from './diff-view';
import type { ReviewAction, ReviewEntry } from './use-workflow';
import { wordDiff } from '@/lib/diff';

interface Props {
  segment: Segment;
  /** Row number in the grid (1-based, the header is row 1), for screen readers when only some rows exist. */
  rowIndex: number;
  /** The first segment of its paragraph: paragraphs are set apart by a rule. */
  paragraphStart: boolean;
  active: boolean;
  /** Drafts and save states live in the store: a keystroke re-renders this row only. */
  store: EditingStore;
  onActivate: (id: number) => void;
  /** 'next' | 'prev' move after saving; 'stay' just saves (blur). */
  onCommit: (segment: Segment, move: 'next' | 'prev' | 'stay') => void;
  onCancel: (segment: Segment) => void;
  onHistory: (id: number) => void;
  /** Esc on a translation that is not being edited: back to where the reviewer came from (the findings list). */
  onLeave: () => void;
  findings: FindingView[] | undefined;
  risk: number;
  onSelectFinding: (segment: Segment, finding: FindingView) => void;
  /** Fingerprint of the finding selected in the findings panel, if any. */
  selectedFinding: string | null;
  /** A word selected with the mouse, for the dictionary panel. */
  onLookup: (word: string, side: 'source' | 'target', segment: Segment) => void;
  langs: { source: string; target: string };
  /** A Markdown document: bold and italic show as such. */
  markdown?: boolean;
  workflow: RowWorkflow;
  onReview: (segment: Segment, action: ReviewAction) => void;
  onComments: (segment: Segment) => void;
}

export interface RowWorkflow {
  me: Me | null | undefined;
  lastRejection: ReviewEntry | undefined;
  openThreads: number;
  /** Other people on this segment right now. */
  others: string[];
  reviewMode: boolean;
  chain: ChainVersion[] | undefined;
  sideBySide: boolean;
  selected: boolean;
}

function selectedWord(): string | null {
  const text = window.getSelection()?.toString().trim() ?? '';
  return text && text.length <= 60 && text.split(/\s+/).length <= 3 ? text : null;
}

/** How long the pointer rests on a row before its word alignment is fetched and shown. */
const HOVER_INTENT_MS = 120;

const STATUS_STYLE: Record<Segment['status'], string> = {
  untranslated: 'bg-slate-100 text-slate-600',
  machine: 'bg-sky-100 text-sky-800',
  edited: 'bg-emerald-100 text-emerald-800',
  submitted: 'bg-amber-100 text-amber-900',
  approved: 'bg-green-700 text-white',
  rejected: 'bg-rose-600 text-white',
};

function statusLabel(s: Segment) {
  if (s.status === 'machine') return s.machineOrigin ? ORIGIN_LABEL[s.machineOrigin] : 'machine';
  return s.status;
}

/** One source sentence and its translation; the target becomes a textarea while active. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  rowIndex,
  paragraphStart,
  active,
  store,
  onActivate,
  onCommit,
  onCancel,
  onHistory,
  onLeave,
  findings,
  risk,
  onSelectFinding,
  selectedFinding,
  onLookup,
  langs,
  markdown,
  workflow,
  onReview,
  onComments,
}: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [hovered, setHovered] = useState(false);
  const hoverTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(hoverTimer.current), []);
  const [hoverToken, setHoverToken] = useState<{ side: 'source' | 'target'; index: number } | null>(null);
  const alignment = useAlignment(segment.id, segment.version, hovered && !!segment.targetText);
  const linked = useMemo(() => {
    const out = { source: new Set<number>(), target: new Set<number>() };
    if (!hoverToken || !alignment.data) return out;
    for (const [s, t] of alignment.data.links) {
      if (hoverToken.side === 'source' && s === hoverToken.index) {
        out.target.add(t);
        out.source.add(s);
      }
      if (hoverToken.side === 'target' && t === hoverToken.index) {
        out.source.add(s);
        out.target.add(t);
      }
    }
    return out;
  }, [hoverToken, alignment.data]);
  const selectFinding = (f: FindingView) => onSelectFinding(segment, f);
  const selectedFindings = useMemo(() => selectedWithTies(selectedFinding, findings), [selectedFinding, findings]);
  const openFindings = findings?.filter((f) => !f.dismissed).length ?? 0;
  const { draft, saveState } = useRowEditing(store, segment.id);
  // Without a draft the field shows the saved text, so a restored revision or a fix replaces it in place.
  const text = draft?.text ?? segment.targetText;
  const cancelled = useRef(false);

  useEffect(() => {
    if (!active) return;
    cancelled.current = false;
    const el = ref.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [active]);

  useEffect(() => {
    const el = ref.current;
    if (el) {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight + 2}px`;
    }
  }, [text, active]);

  const heading = segment.blockType === 'heading';
  const shown = draft?.text ?? segment.targetText;

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={`grid grid-cols-[2.5rem_1fr_1fr_7.5rem] gap-3 px-2 py-1.5 ${paragraphStart ? 'border-t border-slate-200' : ''} ${active ? 'bg-amber-50' : workflow.selected ? 'bg-sky-50 ring-1 ring-inset ring-sky-300' : 'hover:bg-slate-50'}`}
      aria-selected={workflow.selected || undefined}
      onMouseEnter={() => {
        // Rows that only pass under the pointer while the page scrolls do not fetch their alignment.
        hoverTimer.current = window.setTimeout(() => setHovered(true), HOVER_INTENT_MS);
      }}
      onMouseLeave={() => {
        window.clearTimeout(hoverTimer.current);
        setHovered(false);
        setHoverToken(null);
      }}
      data-testid="segment"
      data-segment-id={segment.id}
      data-status={segment.status}
      data-paragraph-start={paragraphStart || undefined}
    >
      <div role="rowheader" className="pt-1 text-right text-xs tabular-nums text-slate-600">
        {segment.position + 1}
      </div>
      <div
        role="gridcell"
        lang={langs.source}
        className={`whitespace-pre-wrap pt-0.5 ${heading ? 'font-semibold' : ''}`}
        data-testid="source"
        onMouseUp={() => {
          const word = selectedWord();
          if (word) onLookup(word, 'source', segment);
        }}
      >
        {segment.blockType === 'list-item' && <span className="mr-1 text-slate-600">{segment.blockMarker}</span>}
        <HighlightedText
          text={segment.sourceText}
          marks={marksFor(findings, 'source')}
          tokens={alignment.data?.sourceTokens}
          highlighted={linked.source}
          selected={selectedFindings}
          onHoverToken={(index) => setHoverToken(index === null ? null : { side: 'source', index })}
          onSelectFinding={selectFinding}
          markdown={markdown}
        />
      </div>
      <div role="gridcell">
        {active ? (
          <textarea
            ref={ref}
            aria-label={`Translation of segment ${segment.position + 1}`}
            className="w-full resize-none rounded border border-sky-400 bg-white px-2 py-1 leading-snug shadow-sm focus:outline-none focus:ring-2 focus:ring-sky-300"
            value={text}
            rows={1}
            onChange={(e) => store.dispatch({ type: 'type', segmentId: segment.id, text: e.target.value, version: segment.version })}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                e.preventDefault();
                onCommit(segment, e.shiftKey ? 'prev' : 'next');
              } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
                e.preventDefault();
                onCommit(segment, e.key === 'ArrowDown' ? 'next' : 'prev');
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancelled.current = true;
                onCancel(segment);
              } else if (e.altKey && e.key.toLowerCase() === 'h') {
                e.preventDefault();
                onHistory(segment.id);
              }
            }}
            onBlur={() => {
              if (!cancelled.current) onCommit(segment, 'stay');
            }}
          />
        ) : (
          <div
            role="button"
            tabIndex={0}
            className={`block w-full cursor-text rounded px-2 py-0.5 text-left whitespace-pre-wrap focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 ${heading ? 'font-semibold' : ''} ${shown ? '' : 'italic text-slate-500'}`}
            onClick={() => {
              const word = selectedWord();
              if (word) onLookup(word, 'target', segment);
              else onActivate(segment.id);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onActivate(segment.id);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                onLeave();
              }
            }}
            data-testid="target"
            lang={langs.target}
          >
            {draft ? (
              draft.text
            ) : workflow.reviewMode && workflow.chain && workflow.chain.length > 1 ? (
              workflow.sideBySide ? (
                <span className="grid gap-1">
                  <span className="text-slate-600">
                    <DiffView parts={wordDiff(workflow.chain[0]!.text, segment.targetText).filter((p) => p.kind !== 'insert')} />
                  </span>
                  <span>
                    <DiffView parts={wordDiff(workflow.chain[0]!.text, segment.targetText).filter((p) => p.kind !== 'delete')} />
                  </span>
                  <ChainLegend chain={workflow.chain} />
                </span>
              ) : (
                <span className="grid gap-1">
                  <ChainDiffView chain={workflow.chain} />
                  <ChainLegend chain={workflow.chain} />
                </span>
              )
            ) : shown ? (
              <HighlightedText
                text={segment.targetText}
                marks={marksFor(findings, 'target')}
                tokens={alignment.data?.targetTokens}
                highlighted={linked.target}
                selected={selectedFindings}
                onHoverToken={(index) => setHoverToken(index === null ? null : { side: 'target', index })}
                onSelectFinding={selectFinding}
                markdown={markdown}
              />
            ) : (
              'No translation yet — click to translate'
            )}
          </div>
        )}
      </div>
      <div role="gridcell" className="flex flex-col items-end gap-1 pt-0.5 text-xs">
        <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[segment.status]}`} data-testid="status">
          {statusLabel(segment)}
        </span>
        {openFindings > 0 && (
          <span className="tabular-nums text-slate-600" data-testid="risk" title={`Risk ${percent(risk)}: the chance this segment holds an error, from its open findings`}>
            {openFindings} finding{openFindings === 1 ? '' : 's'} · risk {percent(risk)}
          </span>
        )}
        {draft && saveState === 'idle' && <span className="text-amber-700">unsaved</span>}
        {saveState === 'saving' && <span className="text-slate-500">saving…</span>}
        {saveState === 'failed' && <span className="font-medium text-red-700">not saved</span>}
        {workflow.others.length > 0 && (
          <span className="rounded bg-violet-100 px-1 text-violet-800" data-testid="presence" title="Working on this segment now">
            {workflow.others.join(', ')}
          </span>
        )}
        {segment.status === 'rejected' && workflow.lastRejection?.comment && (
          <span className="text-right text-rose-700" data-testid="rejection" title={`Rejected by ${workflow.lastRejection.author}`}>
            “{workflow.lastRejection.comment}”
          </span>
        )}
        <span className="flex flex-wrap justify-end gap-x-2">
          {can(workflow.me, 'translator') && ['machine', 'edited', 'rejected'].includes(segment.status) && segment.targetText && (
            <button type="button" className="text-sky-700 hover:underline" onClick={() => onReview(segment, 'submit')}>
              Submit
            </button>
          )}
          {can(workflow.me, 'translator') && segment.status === 'rejected' && (
            <button type="button" className="text-sky-700 hover:underline" onClick={() => onReview(segment, 'rebut')}>
              Reply
            </button>
          )}
          {can(workflow.me, 'editor') && segment.status === 'submitted' && (
            <>
              <button type="button" className="font-medium text-green-700 hover:underline" onClick={() => onReview(segment, 'approve')}>
                Approve
              </button>
              <button type="button" className="font-medium text-rose-700 hover:underline" onClick={() => onReview(segment, 'reject')}>
                Reject
              </button>
            </>
          )}
          {can(workflow.me, 'editor') && segment.status === 'approved' && (
            <button type="button" className="text-sky-700 hover:underline" onClick={() => onReview(segment, 'reopen')}>
              Reopen
            </button>
          )}
        </span>
        <span className="flex gap-2">
          <button type="button" className="text-sky-700 hover:underline" onClick={() => onComments(segment)} data-testid="comment-badge">
            {workflow.openThreads > 0 ? `💬 ${workflow.openThreads}` : 'Comment'}
          </button>
          <button type="button" className="text-sky-700 hover:underline" onClick={() => onHistory(segment.id)}>
            History
          </button>
        </span>
      </div>
    </div>
  );
}, sameRowProps);

/** Props are equal when every one is, the workflow bag compared field by field (the screen builds it per render). */
function sameRowProps(a: Props, b: Props): boolean {
  for (const key of Object.keys(a) as (keyof Props)[]) {
    if (key === 'workflow') continue;
    if (!Object.is(a[key], b[key])) return false;
  }
  const wa = a.workflow;
  const wb = b.workflow;
  return (Object.keys(wa) as (keyof RowWorkflow)[]).every((k) => Object.is(wa[k], wb[k]));
}

