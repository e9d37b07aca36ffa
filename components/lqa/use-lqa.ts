'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LqaScore, LqaSettings, LqaSeverity } from '@/lib/lqa';
import { api } from '../api';
import { keys } from '../query-keys';

export type { LqaScore, LqaSettings, LqaSeverity };

export interface MarkedErrorView {
  id: number;
  documentId: number;
  segmentId: number;
  /** Counted from 1. */
  position: number;
  side: 'source' | 'target';
  start: number;
  end: number;
  text: string;
  category: string;
  severity: LqaSeverity;
  note: string | null;
  author: string;
  createdAt: string;
}

export interface DocumentLqaView {
  score: LqaScore;
  settings: LqaSettings;
  errors: number;
}

/** A span marked by hand: `text` is what the user saw selected, so a changed segment refuses the mark (409). */
export interface MarkErrorBody {
  segmentId: number;
  side: 'source' | 'target';
  start: number;
  end: number;
  text?: string;
  category: string;
  severity: LqaSeverity;
  note?: string;
}

/** The score; every category and severity is in its tallies, so they also list the choices. */
export function useLqa(documentId: number) {
  return useQuery({
    queryKey: keys.lqa.of(documentId),
    queryFn: () => api<{ lqa: DocumentLqaView }>(`/api/documents/${documentId}/lqa`).then((r) => r.lqa),
    refetchInterval: 10_000,
  });
}

export function useMarkedErrors(documentId: number) {
  return useQuery({
    queryKey: keys.markedErrors(documentId),
    queryFn: () => api<{ markedErrors: MarkedErrorView[] }>(`/api/documents/${documentId}/errors`).then((r) => r.markedErrors),
    refetchInterval: 10_000,
  });
}

function useInvalidateLqa(documentId: number) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: keys.lqa.of(documentId) });
    void qc.invalidateQueries({ queryKey: keys.markedErrors(documentId) });
    void qc.invalidateQueries({ queryKey: keys.activity(documentId) });
  };
}

export function useMarkError(documentId: number) {
  const done = useInvalidateLqa(documentId);
  return useMutation({
    mutationFn: (body: MarkErrorBody) =>
      api<{ markedError: MarkedErrorView }>(`/api/documents/${documentId}/errors`, { method: 'POST', json: body }).then((r) => r.markedError),
    onSuccess: done,
  });
}

/**
 * Promotes an automatic finding to a marked error (its span, category and severity); for the findings
 * panel: `usePromoteFinding(documentId).mutate({ segmentId, fingerprint })`. Needs the editor role.
 */
export function usePromoteFinding(documentId: number) {
  const done = useInvalidateLqa(documentId);
  return useMutation({
    mutationFn: (fromFinding: { segmentId: number; fingerprint: string }) =>
      api<{ markedError: MarkedErrorView }>(`/api/documents/${documentId}/errors`, { method: 'POST', json: { fromFinding } }).then((r) => r.markedError),
    onSuccess: done,
  });
}

export function useDeleteMarkedError(documentId: number) {
  const done = useInvalidateLqa(documentId);
  return useMutation({
    mutationFn: (errorId: number) => api(`/api/documents/${documentId}/errors/${errorId}`, { method: 'DELETE' }),
    onSuccess: done,
  });
}

export function useLqaSettings() {
  return useQuery({ queryKey: keys.lqaSettings, queryFn: () => api<{ settings: LqaSettings }>('/api/lqa-settings').then((r) => r.settings) });
}

export function useSaveLqaSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (settings: LqaSettings) => api<{ settings: LqaSettings }>('/api/lqa-settings', { method: 'PUT', json: settings }).then((r) => r.settings),
    onSuccess: (settings) => {
      qc.setQueryData(keys.lqaSettings, settings);
      void qc.invalidateQueries({ queryKey: keys.lqa.all });
    },
  });
}
