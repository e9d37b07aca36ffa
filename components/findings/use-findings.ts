'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

export type Severity = 'minor' | 'major' | 'critical';

export interface Span {
  start: number;
  end: number;
}

export interface FindingView {
  check: string;
  category: string;
  severity: Severity;
  side: 'source' | 'target' | 'both';
  sourceSpans: Span[];
  targetSpans: Span[];
  message: string;
  fix?: { side: 'source' | 'target'; span: Span; replacement: string; label: string };
  fingerprint: string;
  dismissed: { by: string; at: string } | null;
  /** The chance this finding marks a real error (lib/checks/risk). */
  probability: number;
}

export interface SegmentFindingsView {
  segmentId: number;
  /** 0–1: the chance the segment holds an error, from its open findings. */
  risk: number;
  findings: FindingView[];
}

export interface TermGroup {
  term: string;
  occurrences: { segmentId: number; paragraph: number; sourceSpan: Span; rendering: string | null; targetSpan: Span | null }[];
  renderings: { text: string; count: number }[];
}

export interface CheckInfo {
  id: string;
  label: string;
  description: string;
  enabled: boolean;
  severity: Severity | null;
}

export const findingsKey = (documentId: number) => ['findings', documentId] as const;

export function useFindings(documentId: number) {
  return useQuery({
    queryKey: findingsKey(documentId),
    queryFn: () => api<{ segments: SegmentFindingsView[] }>(`/api/documents/${documentId}/findings`).then((r) => r.segments),
  });
}

export function useChecks() {
  return useQuery({ queryKey: ['checks'], queryFn: () => api<{ checks: CheckInfo[] }>('/api/checks').then((r) => r.checks), staleTime: 60_000 });
}

export function useDismiss(documentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { segmentId: number; fingerprint: string; action: 'dismiss' | 'restore' }) =>
      api(`/api/segments/${v.segmentId}/findings`, { method: 'POST', json: { fingerprint: v.fingerprint, action: v.action } }),
    onSettled: () => qc.invalidateQueries({ queryKey: findingsKey(documentId) }),
  });
}

export function useTerms(documentId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['terms', documentId],
    enabled,
    queryFn: () => api<{ terms: TermGroup[] }>(`/api/documents/${documentId}/terms`).then((r) => r.terms),
  });
}

export function useApplyTerm(documentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { term: string; choice: string }) => api<{ changed: number }>(`/api/documents/${documentId}/terms`, { method: 'POST', json: v }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['terms', documentId] });
      void qc.invalidateQueries({ queryKey: ['document', documentId] });
      void qc.invalidateQueries({ queryKey: findingsKey(documentId) });
    },
  });
}

export function useLookup(word: string | null, from: 'de' | 'en') {
  return useQuery({
    queryKey: ['lexicon', word, from],
    enabled: !!word,
    staleTime: Infinity,
    queryFn: () => api<{ translations: string[] }>(`/api/lexicon?word=${encodeURIComponent(word ?? '')}&from=${from}`).then((r) => r.translations),
  });
}

export interface WordAlignment {
  sourceTokens: { text: string; start: number; end: number; content: boolean }[];
  targetTokens: { text: string; start: number; end: number; content: boolean }[];
  links: [number, number][];
}

export function useAlignment(segmentId: number, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['alignment', segmentId, version],
    enabled,
    staleTime: Infinity,
    queryFn: () => api<WordAlignment>(`/api/segments/${segmentId}/alignment`),
  });
}
