'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LANG_LABEL, type SourceLang, type TargetLang } from '@/lib/lang';
import { ApiError } from '../api';
import { ProgressBar } from '../documents/documents-list';
import { useConfig } from '../documents/use-documents';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useDialogs } from '../ui/dialogs';
import { PROVENANCE_LABEL, type ConflictDetails, type Segment } from '../types';
import { AssistPanel } from '../findings/assist-panel';
import { IssuesPanel, type FindingRef } from '../findings/issues-panel';
import { LookupPanel } from '../findings/lookup-panel';
import { TermsPanel } from '../findings/terms-panel';
import { useDismiss, useFindings, type FindingView, type SegmentFindingsView } from '../findings/use-findings';
import { can, useMe } from '../account/use-me';
import { CommentsPanel } from './comments-panel';
import { LqaPanel } from '../lqa/lqa-panel';
import { usePromoteFinding } from '../lqa/use-lqa';
import Link from 'next/link';
import { ExportMenu } from '../export/export-menu';
import { ConflictDialog, type Conflict } from './conflict-dialog';
import { useBulkApprove, useChanges, useComments, usePulse, useReviewAction, useReviews, type ReviewAction, type ReviewEntry } from './use-workflow';
import { HistoryPanel } from './history-panel';
import { ConcordanceDialog } from '../tm/concordance-dialog';
import { MatchesPanel } from '../tm/matches-panel';
import { useTmKeys } from '../tm/use-tm-keys';
import { SegmentRow } from './segment-row';
import { SegmentGrid, type GridHandle } from './segment-grid';
import { useEditingStore, useHasDrafts } from './editing-store';
import { commitDecision } from './editing';
import { useDocument, useSaveSegment, useStartTranslation } from './use-document';
import { useLeaveGuard } from './use-leave-guard';
import { PANEL_TABS, usePanel } from './use-panel';
import { useFindingKeys, useReviewKeys } from './use-review-keys';

/** The side-by-side review of one document: edit with the keyboard, nothing lost, conflicts resolved explicitly. */
export function ReviewScreen({ documentId }: { documentId: number }) {
  const { data: doc, error, isPending, refetch } = useDocument(documentId);
  const config = useConfig();
  const save = useSaveSegment(documentId);
  const translate = useStartTranslation(documentId);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [historyId, setHistoryId] = useState<number | null>(null);
  const editing = useEditingStore();
  const hasDrafts = useHasDrafts(editing);
  const grid = useRef<GridHandle>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const findings = useFindings(documentId);
  const me = useMe();
  const reviews = useReviews(documentId);
  const threads = useComments(documentId);
  const reviewAction = useReviewAction(documentId);
  const bulk = useBulkApprove(documentId);
  const dialogs = useDialogs();
  const [reviewMode, setReviewMode] = useState(false);
  const [needsReviewOnly, setNeedsReviewOnly] = useState(false);
  const [sideBySide, setSideBySide] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const changes = useChanges(documentId, reviewMode);
  const dismiss = useDismiss(documentId);
  const promote = usePromoteFinding(documentId);
  const [selectedFinding, setSelectedFinding] = useState<string | null>(null);
  const { panel, setPanel, panelOpen, choosePanelOpen, showPanel } = usePanel();
  // The segment the Assist tab talks about: the one being edited or whose finding was selected last.
  const [focusId, setFocusId] = useState<number | null>(null);
  useEffect(() => {
    if (activeId !== null) setFocusId(activeId);
  }, [activeId]);
  const others = usePulse(documentId, activeId ?? focusId);
  const tm = useTmKeys(focusId ?? undefined);
  const [order, setOrder] = useState<'document' | 'risk'>('document');
  const [lookup, setLookup] = useState<{ word: string; side: 'source' | 'target'; segmentId: number; version: number } | null>(null);

  const segments = useMemo(() => doc?.segments ?? [], [doc]);
  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  const findingsById = useMemo(() => new Map((findings.data ?? []).map((f) => [f.segmentId, f])), [findings.data]);

  useLeaveGuard(hasDrafts);

  const dropDraft = useCallback((id: number) => editing.dispatch({ type: 'discard', segmentId: id }), [editing]);

  // The mutation object changes with its state; the callbacks handed to the (memoised) rows must not.
  const saveRef = useRef(save);
  saveRef.current = save;
  const persist = useCallback(
    (segment: Segment, text: string, baseVersion: number) => {
      editing.dispatch({ type: 'save-started', segmentId: segment.id });
      saveRef.current.mutate(
        { segmentId: segment.id, text, baseVersion },
        {
          onSuccess: () => {
            setSaveError(null);
            editing.dispatch({ type: 'saved', segmentId: segment.id, text });
          },
          onError: (err) => {
            if (err instanceof ApiError && err.code === 'conflict') {
              editing.dispatch({ type: 'conflicted', segmentId: segment.id });
              setConflict({ segmentId: segment.id, position: segment.position, mine: text, details: err.details as ConflictDetails });
            } else {
              editing.dispatch({ type: 'save-failed', segmentId: segment.id });
              setSaveError(`Segment ${segment.position + 1} was not saved: ${err.message} Your text is kept in the editor.`);
            }
          },
        },
      );
    },
    [editing],
  );

  const shownRef = useRef<Segment[]>([]);
  const onCommit = useCallback(
    (segment: Segment, move: 'next' | 'prev' | 'stay') => {
      const draft = editing.get().drafts.get(segment.id);
      const decision = commitDecision(draft, segment.targetText);
      if (decision === 'save' && draft) persist(segment, draft.text, draft.baseVersion);
      else if (decision === 'discard') dropDraft(segment.id);
      if (move === 'stay') return;
      // The next row in the order on screen (document or riskiest first), mounted or not.
      const shown = shownRef.current;
      const index = shown.findIndex((s) => s.id === segment.id);
      const next = shown[move === 'next' ? index + 1 : index - 1];
      if (next) {
        setActiveId(next.id);
        grid.current?.reveal(next.id);
      } else if (move === 'next') {
        setActiveId(null);
      }
    },
    [editing, persist, dropDraft],
  );

  const onActivate = useCallback((id: number) => {
    setActiveId(id);
    setSelectedId(id);
  }, []);

  const onCancel = useCallback(
    (segment: Segment) => {
      dropDraft(segment.id);
      setActiveId(null);
      // Give focus back to the row so keyboard users stay in place.
      requestAnimationFrame(() => {
        (document.querySelector(`[data-segment-id="${segment.id}"] [data-testid="target"]`) as HTMLElement | null)?.focus();
      });
    },
    [dropDraft],
  );

  const onConflictError = useCallback(
    (err: unknown) => {
      if (err instanceof ApiError && err.code === 'conflict') void refetch();
    },
    [refetch],
  );

  const selectFinding = useCallback((segment: Segment, finding: FindingView) => {
    setSelectedFinding(finding.fingerprint);
    setFocusId(segment.id);
    showPanel('issues');
    grid.current?.reveal(segment.id);
  }, [showPanel]);

  const openFinding = useCallback((ref: FindingRef) => {
    setSelectedFinding(ref.finding.fingerprint);
    setActiveId(ref.segment.id);
    grid.current?.reveal(ref.segment.id, { align: 'center' });
  }, []);

  const applyFix = useCallback(
    (ref: FindingRef) => {
      const fix = ref.finding.fix;
      const segment = byId.get(ref.segment.id);
      if (!fix || fix.side !== 'target' || !segment) return;
      const text = segment.targetText.slice(0, fix.span.start) + fix.replacement + segment.targetText.slice(fix.span.end);
      setActiveId((id) => (id === segment.id ? null : id));
      dropDraft(segment.id);
      persist(segment, text, segment.version);
    },
    [byId, dropDraft, persist],
  );

  // Mutations change identity with their state: through refs, the (memoised) findings panel keeps its props.
  const dismissRef = useRef(dismiss);
  dismissRef.current = dismiss;
  const onDismiss = useCallback(
    (ref: FindingRef, action: 'dismiss' | 'restore') => dismissRef.current.mutate({ segmentId: ref.segment.id, fingerprint: ref.finding.fingerprint, action }),
    [],
  );
  const promoteRef = useRef(promote);
  promoteRef.current = promote;
  const onPromote = useCallback((r: FindingRef) => promoteRef.current.mutate({ segmentId: r.segment.id, fingerprint: r.finding.fingerprint }), []);
  const onSelectRef = useCallback((r: FindingRef) => selectFinding(r.segment, r.finding), [selectFinding]);

  const onLookup = useCallback((word: string, side: 'source' | 'target', segment: Segment) => {
    setLookup({ word, side, segmentId: segment.id, version: segment.version });
    showPanel('lookup');
  }, [showPanel]);

  // F8 / Shift+F8: next / previous open finding in document order, from anywhere.
  const ordered = useMemo(() => {
    const refs: FindingRef[] = [];
    for (const s of segments) for (const f of findingsById.get(s.id)?.findings ?? []) if (!f.dismissed) refs.push({ segment: s, finding: f });
    return refs;
  }, [segments, findingsById]);
  const stepFinding = useCallback(
    (ref: FindingRef) => {
      selectFinding(ref.segment, ref.finding);
      // The keyboard goes with it: Enter edits the translation, Esc returns to the findings list.
      grid.current?.reveal(ref.segment.id, { focus: true });
    },
    [selectFinding],
  );
  useFindingKeys(ordered, selectedFinding, stepFinding);

  const reviewActionRef = useRef(reviewAction);
  reviewActionRef.current = reviewAction;
  const onReview = useCallback(
    async (segment: Segment, action: ReviewAction) => {
      let comment: string | undefined;
      if (action === 'reject') {
        comment = (await dialogs.prompt({ title: `Reject segment ${segment.position + 1}`, label: 'Reason (the translator sees this)', required: 'Write a reason; the translator needs it to fix the segment.', confirmLabel: 'Reject', tone: 'danger' })) ?? undefined;
        if (!comment) return;
      } else if (action === 'rebut') {
        comment = (await dialogs.prompt({ title: `Reply to the rejection of segment ${segment.position + 1}`, label: 'Your reply', required: 'Write your reply first.', confirmLabel: 'Send reply' })) ?? undefined;
        if (!comment) return;
      }
      reviewActionRef.current.mutate({ segment, action, comment });
    },
    [dialogs],
  );

  const onComments = useCallback((segment: Segment) => {
    setFocusId(segment.id);
    showPanel('comments');
  }, [showPanel]);

  const lastRejection = useMemo(() => {
    const m = new Map<number, ReviewEntry>();
    for (const r of reviews.data ?? []) if (r.action === 'reject') m.set(r.segmentId, r);
    return m;
  }, [reviews.data]);
  const openThreads = useMemo(() => {
    const m = new Map<number, number>();
    for (const t of threads.data ?? []) if (!t.resolvedAt) m.set(t.segmentId, (m.get(t.segmentId) ?? 0) + 1);
    return m;
  }, [threads.data]);
  const presenceBySegment = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const p of others) if (p.segmentId !== null) m.set(p.segmentId, [...(m.get(p.segmentId) ?? []), p.name]);
    return m;
  }, [others]);

  // Review keyboard (editors, when not typing): j/k or ↓/↑ select, a approve, r reject, e edit, s submit.
  const visibleIds = useMemo(
    () => segments.filter((s) => !needsReviewOnly || s.status === 'submitted').map((s) => s.id),
    [segments, needsReviewOnly],
  );
  const selectForReview = useCallback((id: number) => {
    setSelectedId(id);
    setFocusId(id);
    grid.current?.reveal(id);
  }, []);
  useReviewKeys({
    enabled: reviewMode,
    selected: selectedId !== null ? byId.get(selectedId) : undefined,
    visibleIds,
    onSelect: selectForReview,
    onReview,
    onEdit: setActiveId,
  });

  const shown = useMemo(() => {
    const list = needsReviewOnly ? segments.filter((s) => s.status === 'submitted') : segments;
    // Riskiest first: the highest risk (chance of an error) on top, document order among equals.
    if (order === 'risk') return [...list].sort((a, b) => (findingsById.get(b.id)?.risk ?? 0) - (findingsById.get(a.id)?.risk ?? 0) || a.position - b.position);
    return list;
  }, [segments, needsReviewOnly, order, findingsById]);
  shownRef.current = shown;
  const sourceLang = doc?.sourceLang.slice(0, 2) ?? '';
  const targetLang = doc?.targetLang.slice(0, 2) ?? '';
  const langs = useMemo(() => ({ source: sourceLang, target: targetLang }), [sourceLang, targetLang]);

  const focusFindings = useCallback(() => {
    showPanel('issues');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="listbox"][aria-label="Findings"]')?.focus());
  }, [showPanel]);

  if (isPending) return <p className="text-sm text-slate-500">Loading document…</p>;
  if (error) return <Alert>{error.message}</Alert>;

  const totalOpen = ordered.length;
  const untranslated = doc.progress.total - doc.progress.translated;
  const mtAvailable = config.data?.machineTranslation.available ?? false;
  const historySegment = historyId !== null ? byId.get(historyId) : undefined;

  return (
    <div className="space-y-3">
      <a
        href="#segments"
        className="sr-only rounded bg-white px-2 py-1 text-sm text-sky-800 ring-2 ring-sky-400 focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50"
        onClick={(e) => {
          e.preventDefault();
          if (shown[0]) grid.current?.reveal(shown[0].id, { align: 'start', focus: true });
        }}
      >
        Skip to first segment
      </a>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-72 flex-1">
          <h1 className="text-xl font-semibold">{doc.title}</h1>
          <p className="text-sm text-slate-600">
            {LANG_LABEL[doc.sourceLang as SourceLang]} → {LANG_LABEL[doc.targetLang as TargetLang]} ·{' '}
            <span data-testid="provenance">
              {PROVENANCE_LABEL[doc.provenance]}
              {doc.provenance === 'deepl' && doc.provenanceDetail ? ` (${doc.provenanceDetail})` : ''}
            </span>
          </p>
        </div>
        <ProgressBar value={doc.progress.edited} total={doc.progress.total} label={`${doc.progress.edited} of ${doc.progress.total} edited`} />
        <span className="text-xs text-slate-600" data-testid="status-counts">
          {doc.progress.approved ? (
            <b className="text-green-700">Document approved</b>
          ) : (
            (['submitted', 'approved', 'rejected'] as const).map((k) => `${doc.progress.byStatus[k]} ${k}`).join(' · ')
          )}
        </span>
        <div className="flex items-center gap-2 text-sm">
          <Link className="text-sky-700 hover:underline" href={`/documents/${doc.id}/activity`}>
            Activity
          </Link>
          <Link className="text-sky-700 hover:underline" href={`/documents/${doc.id}/stats`}>
            Statistics
          </Link>
          <ExportMenu documentId={doc.id} />
        </div>
      </div>

      {doc.translationState === 'translating' && (
        <div className="flex items-center gap-3 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm" role="status">
          Translating with {doc.provenanceDetail ?? 'DeepL'}…
          <ProgressBar value={doc.progress.translated} total={doc.progress.total} label={`${doc.progress.translated} of ${doc.progress.total} translated`} />
        </div>
      )}
      {doc.translationState === 'failed' && doc.translationError && (
        <Alert>
          <div className="flex flex-wrap items-center gap-3">
            <span data-testid="translation-error">{doc.translationError.message}</span>
            <span className="text-slate-700">
              {doc.progress.translated} of {doc.progress.total} segments are translated and kept.
            </span>
            {mtAvailable && (
              <Button variant="primary" disabled={translate.isPending} onClick={() => translate.mutate()}>
                Resume translation
              </Button>
            )}
          </div>
        </Alert>
      )}
      {doc.translationState !== 'translating' && doc.translationState !== 'failed' && untranslated > 0 && (
        <Alert tone="warning">
          <div className="flex flex-wrap items-center gap-3">
            {untranslated} segment{untranslated === 1 ? ' has' : 's have'} no translation yet; exports leave {untranslated === 1 ? 'it' : 'them'} empty.
            {mtAvailable && (
              <Button variant="primary" disabled={translate.isPending} onClick={() => translate.mutate()}>
                Translate the rest with DeepL
              </Button>
            )}
          </div>
        </Alert>
      )}
      {translate.error && <Alert>{translate.error.message}</Alert>}
      {saveError && <Alert>{saveError}</Alert>}

      <p className="text-xs text-slate-500">
        Click a translation to edit · <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> save and next · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> save and previous ·{' '}
        <kbd>Alt</kbd>+<kbd>↓</kbd>/<kbd>↑</kbd> move · <kbd>Esc</kbd> cancel · <kbd>Alt</kbd>+<kbd>H</kbd> history · leaving a field saves it
      </p>

      <div className="flex items-center gap-3 text-sm">
        <span className="text-slate-600">Order:</span>
        <div role="radiogroup" aria-label="Segment order" className="flex overflow-hidden rounded border border-slate-300">
          {(['document', 'risk'] as const).map((o) => (
            <button
              key={o}
              type="button"
              role="radio"
              aria-checked={order === o}
              className={`px-2 py-0.5 ${order === o ? 'bg-slate-900 text-white' : 'bg-white hover:bg-slate-50'}`}
              onClick={() => setOrder(o)}
            >
              {o === 'document' ? 'Document order' : 'Riskiest first'}
            </button>
          ))}
        </div>
        <span className="text-slate-600" data-testid="findings-total">
          {findings.isPending ? 'Checking…' : `${totalOpen} open finding${totalOpen === 1 ? '' : 's'}`}
        </span>
        {dismiss.error && <span className="text-red-700">{dismiss.error.message}</span>}
        <label className="ml-4 flex items-center gap-1">
          <input type="checkbox" checked={reviewMode} onChange={(e) => setReviewMode(e.target.checked)} /> Review changes
        </label>
        {reviewMode && (
          <>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={needsReviewOnly} onChange={(e) => setNeedsReviewOnly(e.target.checked)} /> Needs review only
            </label>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.target.checked)} /> Side by side
            </label>
          </>
        )}
        {can(me.data, 'editor') && (
          <Button disabled={bulk.isPending} onClick={() => bulk.mutate()}>
            Approve all unflagged…
          </Button>
        )}
        {bulk.data && bulk.data.asked && <span data-testid="bulk-result">{bulk.data.approved} approved</span>}
        {bulk.data && !bulk.data.asked && <span data-testid="bulk-result">No submitted segment without findings to approve.</span>}
        {(bulk.error ?? reviewAction.error) && <span className="text-red-700">{(bulk.error ?? reviewAction.error)?.message}</span>}
        {others.length > 0 && (
          <span className="ml-auto text-slate-600" data-testid="online">
            Also here: {others.map((p) => p.name).join(', ')}
          </span>
        )}
      </div>
      {reviewMode && (
        <p className="text-xs text-slate-500">
          Review keys (outside text fields): <kbd>j</kbd>/<kbd>k</kbd> select · <kbd>a</kbd> approve · <kbd>r</kbd> reject with a reason · <kbd>s</kbd> submit · <kbd>e</kbd> edit
        </p>
      )}

      <div className="flex items-start gap-3">
      <div className="min-w-0 flex-1 rounded border border-slate-200 bg-white">
        <SegmentGrid
          segments={shown}
          paragraphs={order === 'document'}
          handleRef={grid}
          header={
            <div role="row" aria-rowindex={1} className="sticky top-[49px] z-10 grid grid-cols-[2.5rem_1fr_1fr_7.5rem] gap-3 border-b border-slate-200 bg-slate-100 px-2 py-1 text-xs font-semibold uppercase text-slate-600">
              <span role="columnheader">#</span>
              <span role="columnheader">Source · {LANG_LABEL[doc.sourceLang as SourceLang]}</span>
              <span role="columnheader">Translation · {LANG_LABEL[doc.targetLang as TargetLang]}</span>
              <span role="columnheader" className="text-right">
                Status
              </span>
            </div>
          }
          renderRow={(s, rowIndex, paragraphStart) => {
            const f = findingsById.get(s.id);
            return (
              <SegmentRow
                segment={s}
                rowIndex={rowIndex}
                paragraphStart={paragraphStart}
                active={activeId === s.id}
                store={editing}
                onActivate={onActivate}
                onCommit={onCommit}
                onCancel={onCancel}
                onHistory={setHistoryId}
                onLeave={focusFindings}
                findings={f?.findings}
                risk={f?.risk ?? 0}
                onSelectFinding={selectFinding}
                // Only the row holding the selected finding gets it: the other (memoised) rows stay as they are.
                selectedFinding={f?.findings.some((x) => x.fingerprint === selectedFinding) ? selectedFinding : null}
                onLookup={onLookup}
                langs={langs}
                markdown={doc.sourceFormat === 'md'}
                workflow={{
                  me: me.data,
                  lastRejection: lastRejection.get(s.id),
                  openThreads: openThreads.get(s.id) ?? 0,
                  others: presenceBySegment.get(s.id) ?? NOBODY,
                  reviewMode,
                  chain: changes.data?.[s.id],
                  sideBySide,
                  selected: reviewMode && selectedId === s.id,
                }}
                onReview={onReview}
                onComments={onComments}
              />
            );
          }}
        />
      </div>
      {!panelOpen && (
        <aside aria-label="Review panel" className="sticky top-[57px] shrink-0">
          <button
            type="button"
            onClick={() => choosePanelOpen(true)}
            aria-label={`Show the review panel (${ordered.length} open findings)`}
            title="Show the review panel"
            className="rounded border border-slate-200 bg-white px-1 py-2 text-sm text-slate-700 [writing-mode:vertical-rl] hover:bg-slate-100"
          >
            Findings ({ordered.length}) · Terms · Dictionary …
          </button>
        </aside>
      )}
      {panelOpen && (
      <aside aria-label="Review panel" className="sticky top-[57px] flex h-[calc(100vh-72px)] w-80 shrink-0 flex-col gap-2 rounded border border-slate-200 bg-white p-2 xl:w-96">
        <div className="flex items-start gap-1 border-b border-slate-200 pb-1 text-sm">
          <div
            role="tablist"
            aria-label="Review panel"
            className="flex flex-1 flex-wrap gap-1"
            onKeyDown={(e) => {
              // Arrow keys move between tabs (and show them), Home/End to the first/last: the WAI-ARIA tabs pattern.
              const i = PANEL_TABS.findIndex(([id]) => id === panel);
              const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: PANEL_TABS.length - 1 }[e.key];
              if (to === undefined) return;
              e.preventDefault();
              const [id] = PANEL_TABS[(to + PANEL_TABS.length) % PANEL_TABS.length]!;
              setPanel(id);
              document.getElementById(`panel-tab-${id}`)?.focus();
            }}
          >
            {PANEL_TABS.map(([id, label]) => (
              <button
                key={id}
                id={`panel-tab-${id}`}
                type="button"
                role="tab"
                aria-selected={panel === id}
                aria-controls="review-tabpanel"
                tabIndex={panel === id ? 0 : -1}
                className={`rounded px-2 py-0.5 ${panel === id ? 'bg-slate-900 text-white' : 'hover:bg-slate-100'}`}
                onClick={() => setPanel(id)}
              >
                {label}
              </button>
            ))}
          </div>
          {/* Outside the tab list: it is no tab. */}
          <button
            type="button"
            onClick={() => choosePanelOpen(false)}
            aria-label="Hide the review panel"
            title="Hide the panel: the text columns take its width"
            className="shrink-0 rounded px-2 py-0.5 text-slate-500 hover:bg-slate-100"
          >
            Hide ›
          </button>
        </div>
        <div className="min-h-0 flex-1" role="tabpanel" id="review-tabpanel" aria-labelledby={`panel-tab-${panel}`}>
          {panel === 'issues' &&
            (findings.error ? (
              <Alert>{findings.error.message}</Alert>
            ) : (
              <IssuesPanel
                segments={segments}
                findings={findings.data ?? NO_FINDINGS}
                langs={langs}
                selected={selectedFinding}
                onSelect={onSelectRef}
                onOpen={openFinding}
                onFix={applyFix}
                onDismiss={onDismiss}
                onPromote={can(me.data, 'editor') ? onPromote : undefined}
                promoteError={promote.error?.message}
              />
            ))}
          {panel === 'matches' && <MatchesPanel segment={focusId !== null ? byId.get(focusId) : undefined} onOpenConcordance={() => tm.openConcordance('')} />}
          {panel === 'terms' && <TermsPanel documentId={documentId} />}
          {panel === 'lqa' && <LqaPanel documentId={documentId} segment={focusId !== null ? byId.get(focusId) : undefined} />}
          {panel === 'comments' && <CommentsPanel documentId={documentId} segment={focusId !== null ? byId.get(focusId) : undefined} />}
          {panel === 'assist' && (
            <AssistPanel
              documentId={documentId}
              selectedPhrase={lookup?.side === 'source' ? lookup.word : undefined}
              segment={focusId !== null ? byId.get(focusId) : undefined}
              onUse={(segment, text) => {
                setActiveId((id) => (id === segment.id ? null : id));
                dropDraft(segment.id);
                persist(segment, text, segment.version);
              }}
            />
          )}
          {panel === 'lookup' && (
            <LookupPanel
              word={lookup?.word ?? null}
              from={(lookup?.side === 'target' ? langs.target : langs.source) === 'de' ? 'de' : 'en'}
              where={lookup ? { segmentId: lookup.segmentId, side: lookup.side, version: lookup.version } : undefined}
            />
          )}
        </div>
      </aside>
      )}
      </div>

      {tm.concordance !== null && <ConcordanceDialog documentId={documentId} initial={tm.concordance} onClose={tm.closeConcordance} />}
      {historySegment && <HistoryPanel segment={historySegment} onClose={() => setHistoryId(null)} onConflict={onConflictError} onRestored={dropDraft} />}
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          onTakeTheirs={() => {
            dropDraft(conflict.segmentId);
            setConflict(null);
            setActiveId(null);
            void refetch();
          }}
          onResolve={(text, baseVersion) => {
            const segment = byId.get(conflict.segmentId);
            setConflict(null);
            setActiveId(null);
            // The chosen text becomes the draft, so it stays visible (and kept) until the save succeeds.
            editing.dispatch({ type: 'resolved', segmentId: conflict.segmentId, text, baseVersion });
            if (segment) persist(segment, text, baseVersion);
            void refetch();
          }}
        />
      )}
    </div>
  );
}

const NOBODY: string[] = [];
const NO_FINDINGS: SegmentFindingsView[] = [];
