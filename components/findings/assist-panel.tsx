'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DiffPart } from '@/lib/diff';
import { api } from '../api';
import { useConfig } from '../documents/use-documents';
import { DiffView } from '../review/diff-view';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import type { Segment } from '../types';
import { findingsKey } from './use-findings';

interface RoundTrip {
  backTranslation: string;
  diff: DiffPart[];
  findings: unknown[];
}
interface Alternative {
  text: string;
  label: string;
  diff: DiffPart[];
}

function useAssist(documentId: number) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: findingsKey(documentId) });
  return {
    roundTrip: useMutation({
      mutationFn: (segmentId: number) => api<RoundTrip>(`/api/segments/${segmentId}/assist`, { method: 'POST', json: { action: 'round-trip' } }),
      onSuccess: refresh,
    }),
    alternatives: useMutation({
      mutationFn: (segmentId: number) =>
        api<{ alternatives: Alternative[] }>(`/api/segments/${segmentId}/assist`, { method: 'POST', json: { action: 'alternatives' } }).then((r) => r.alternatives),
    }),
    llm: useMutation({
      mutationFn: (segmentId: number) => api<{ findings: unknown[]; warnings: string[] }>(`/api/segments/${segmentId}/assist`, { method: 'POST', json: { action: 'llm' } }),
      onSuccess: refresh,
    }),
    secondOpinion: useMutation({
      mutationFn: () => api<{ flagged: number; checked: number }>(`/api/documents/${documentId}/second-opinion`, { method: 'POST' }),
      onSuccess: refresh,
    }),
  };
}

/** DeepL- and LLM-assisted checks for the current segment: back-translation, alternatives in context, second opinion, MQM review. */
export function AssistPanel({ documentId, segment, onUse }: { documentId: number; segment: Segment | undefined; onUse: (segment: Segment, text: string) => void }) {
  const config = useConfig();
  const assist = useAssist(documentId);
  const deepl = config.data?.machineTranslation.available ?? false;
  const llm = config.data?.llm.available ?? false;
  const alternatives = assist.alternatives.data;

  // The result belongs to the segment it was asked for.
  useEffect(() => {
    assist.roundTrip.reset();
    assist.alternatives.reset();
    assist.llm.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segment?.id]);

  // Alt+1…9 puts an alternative in as a new revision.
  useEffect(() => {
    if (!alternatives || !segment) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !/^[1-9]$/.test(e.key)) return;
      const alt = alternatives[Number(e.key) - 1];
      if (!alt) return;
      e.preventDefault();
      onUse(segment, alt.text);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [alternatives, segment, onUse]);

  if (!segment) return <p className="text-sm text-slate-500">Click a segment (or select a finding) to ask DeepL or the LLM about it.</p>;
  const error = assist.roundTrip.error ?? assist.alternatives.error ?? assist.llm.error ?? assist.secondOpinion.error;
  return (
    <div className="space-y-3 overflow-y-auto text-sm" data-testid="assist">
      <p className="text-xs text-slate-500">Segment {segment.position + 1}</p>
      {!deepl && <Alert tone="info">DeepL is not configured (DEEPL_AUTH_KEY), so back-translation, alternatives and the second opinion are off.</Alert>}
      <div className="flex flex-wrap gap-1">
        <Button disabled={!deepl || !segment.targetText || assist.roundTrip.isPending} onClick={() => assist.roundTrip.mutate(segment.id)}>
          {assist.roundTrip.isPending ? 'Back-translating…' : 'Back-translate'}
        </Button>
        <Button disabled={!deepl || assist.alternatives.isPending} onClick={() => assist.alternatives.mutate(segment.id)}>
          {assist.alternatives.isPending ? 'Asking DeepL…' : 'Alternatives'}
        </Button>
        <Button disabled={!deepl || assist.secondOpinion.isPending} onClick={() => assist.secondOpinion.mutate()}>
          {assist.secondOpinion.isPending ? 'Comparing…' : 'Second opinion (document)'}
        </Button>
        <Button disabled={!llm || !segment.targetText || assist.llm.isPending} onClick={() => assist.llm.mutate(segment.id)} title={llm ? '' : 'Set LLM_BASE_URL and LLM_MODEL to use an LLM reviewer'}>
          {assist.llm.isPending ? 'Asking the LLM…' : 'LLM review (MQM)'}
        </Button>
      </div>
      {error && <Alert>{error.message}</Alert>}
      {assist.roundTrip.data && (
        <section data-testid="round-trip">
          <h3 className="font-semibold">Back-translation</h3>
          <p className="text-xs text-slate-500">The translation translated back, compared with the source:</p>
          <p className="mt-1 rounded border border-slate-200 p-2">
            <DiffView parts={assist.roundTrip.data.diff} />
          </p>
          <p className="text-xs text-slate-500">{assist.roundTrip.data.findings.length} diverging passage(s) added to the findings.</p>
        </section>
      )}
      {alternatives && (
        <section data-testid="alternatives">
          <h3 className="font-semibold">Alternatives in context</h3>
          {alternatives.length === 0 && <p className="text-slate-500">DeepL has no different translation for this segment.</p>}
          <ol className="space-y-2">
            {alternatives.map((a, i) => (
              <li key={a.text} className="rounded border border-slate-200 p-2">
                <div className="mb-1 flex items-center justify-between text-xs text-slate-500">
                  <span>{a.label}</span>
                  <Button className="!px-2 !py-0.5 text-xs" onClick={() => onUse(segment, a.text)}>
                    Use <kbd className="ml-1 opacity-70">Alt+{i + 1}</kbd>
                  </Button>
                </div>
                <DiffView parts={a.diff} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {assist.secondOpinion.data && (
        <Alert tone="info">
          Second opinion: {assist.secondOpinion.data.flagged} of {assist.secondOpinion.data.checked} segments translate very differently with the other DeepL model; they are in the findings.
        </Alert>
      )}
      {assist.llm.data && (
        <section data-testid="llm-result">
          <p>
            The LLM reported {assist.llm.data.findings.length} error span(s); they are in the findings (check “LLM”).
          </p>
          {assist.llm.data.warnings.map((w) => (
            <p key={w} className="text-xs text-amber-800">
              {w}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
