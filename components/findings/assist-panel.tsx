'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DiffPart } from '@/lib/diff';
import { api } from '../api';
import { useConfig } from '../documents/use-documents';
import { DiffView } from '../review/diff-view';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import type { Segment } from '../types';
import { keys } from '../query-keys';

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
  const refresh = () => qc.invalidateQueries({ queryKey: keys.findings.of(documentId) });
  return {
    roundTrip: useMutation({
      mutationFn: (segmentId: number) => api<RoundTrip>(`/api/segments/${segmentId}/assist`, { method: 'POST', json: { action: 'round-trip' } }),
      onSuccess: refresh,
    }),
    alternatives: useMutation({
      mutationFn: (v: { segmentId: number; phrase?: string }) =>
        api<{ alternatives: Alternative[]; phrase: string | null; targetSpan: { start: number; end: number } | null }>(`/api/segments/${v.segmentId}/assist`, {
          method: 'POST',
          json: { action: 'alternatives', ...(v.phrase ? { phrase: v.phrase } : {}) },
        }),
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
export function AssistPanel({
  documentId,
  segment,
  onUse,
  selectedPhrase,
}: {
  documentId: number;
  segment: Segment | undefined;
  onUse: (segment: Segment, text: string) => void;
  /** Words last selected in the source column, offered as the phrase to ask about. */
  selectedPhrase?: string;
}) {
  const config = useConfig();
  const assist = useAssist(documentId);
  const [phrase, setPhrase] = useState('');
  useEffect(() => {
    if (selectedPhrase && segment?.sourceText.includes(selectedPhrase)) setPhrase(selectedPhrase);
  }, [selectedPhrase, segment?.sourceText]);
  const deepl = config.data?.machineTranslation.available ?? false;
  const llm = config.data?.llm.available ?? false;
  const alternatives = assist.alternatives.data?.alternatives;
  const span = assist.alternatives.data?.targetSpan ?? null;
  /** A phrase alternative replaces the phrase's current rendering; a segment alternative the whole text. */
  const apply = (seg: Segment, text: string) =>
    onUse(seg, span ? seg.targetText.slice(0, span.start) + text + seg.targetText.slice(span.end) : assist.alternatives.data?.phrase ? `${seg.targetText} ${text}`.trim() : text);

  // The result belongs to the segment it was asked for.
  useEffect(() => {
    assist.roundTrip.reset();
    assist.alternatives.reset();
    assist.llm.reset();
    setPhrase('');
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
      apply(segment, alt.text);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alternatives, segment, onUse, span]);

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
        <Button disabled={!deepl || assist.alternatives.isPending} onClick={() => assist.alternatives.mutate({ segmentId: segment.id, phrase: phrase.trim() || undefined })}>
          {assist.alternatives.isPending ? 'Asking DeepL…' : phrase.trim() ? 'Alternatives for the phrase' : 'Alternatives'}
        </Button>
        <Button disabled={!deepl || assist.secondOpinion.isPending} onClick={() => assist.secondOpinion.mutate()}>
          {assist.secondOpinion.isPending ? 'Comparing…' : 'Second opinion (document)'}
        </Button>
        <Button disabled={!llm || !segment.targetText || assist.llm.isPending} onClick={() => assist.llm.mutate(segment.id)} title={llm ? '' : 'Set LLM_BASE_URL and LLM_MODEL to use an LLM reviewer'}>
          {assist.llm.isPending ? 'Asking the LLM…' : 'LLM review (MQM)'}
        </Button>
      </div>
      <label className="block text-xs text-slate-600">
        Phrase of the source (optional; select words in the source column or type them)
        <input
          aria-label="Phrase of the source"
          value={phrase}
          onChange={(e) => setPhrase(e.target.value)}
          className="mt-0.5 w-full rounded border border-slate-300 px-2 py-1 text-sm"
          placeholder="whole segment"
        />
      </label>
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
          <h3 className="font-semibold">Alternatives in context{assist.alternatives.data?.phrase ? ` for „${assist.alternatives.data.phrase}“` : ''}</h3>
          {assist.alternatives.data?.phrase && (
            <p className="text-xs text-slate-500">
              {span ? `Using one replaces “${segment.targetText.slice(span.start, span.end)}” in the translation.` : 'No rendering of the phrase was found in the translation; using one appends it.'}
            </p>
          )}
          {alternatives.length === 0 && <p className="text-slate-500">DeepL has no different translation for this segment.</p>}
          <ol className="space-y-2">
            {alternatives.map((a, i) => (
              <li key={a.text} className="rounded border border-slate-200 p-2">
                <div className="mb-1 flex items-center justify-between text-xs text-slate-500">
                  <span>{a.label}</span>
                  <Button className="!px-2 !py-0.5 text-xs" onClick={() => apply(segment, a.text)}>
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
