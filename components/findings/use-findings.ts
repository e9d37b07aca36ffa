'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { keys } from '../query-keys';

export type Severity = 'minor' | 'major' | 'critical';

export interface Span {
  start: number;
  end: number;
}

export interface FindingView {
  check: string;
  /** Catalogue rule id (`family.name`), for the families described by rules. */
  rule?: string;
  category: string;
  severity: Severity;
  side: 'source' | 'target' | 'both';
  sourceSpans: Span[];
  targetSpans: Span[];
  message: string;
  fix?: { side: 'source' | 'target'; span: Span; replacement: string; label: string };
  /** Findings of one segment with the same group report one problem from both sides (a garble and its copy). */
  group?: string;
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

/** One rule of a check family, with the catalogue's defaults and the project's choice. */
export interface RuleInfo {
  id: string;
  label: string;
  description: string;
  category: string;
  defaultSeverity: Severity;
  defaultEnabled: boolean;
  enabled: boolean;
  severity: Severity | null;
}

export interface CheckInfo {
  id: string;
  label: string;
  description: string;
  enabled: boolean;
  severity: Severity | null;
  rules: RuleInfo[];
}

/** The other findings of the segment that report the same problem as `finding` (same group). */
export function tiedFindings(finding: FindingView, segmentFindings: readonly FindingView[] | undefined): FindingView[] {
  if (!finding.group) return [];
  return (segmentFindings ?? []).filter((f) => f.group === finding.group && f.fingerprint !== finding.fingerprint);
}

/** The fingerprints of the selected finding and of those tied to it in its segment: they are shown selected together. */
export function selectedWithTies(selected: string | null, segmentFindings: readonly FindingView[] | undefined): Set<string> {
  const finding = selected ? segmentFindings?.find((f) => f.fingerprint === selected) : undefined;
  if (!finding) return new Set();
  return new Set([finding.fingerprint, ...tiedFindings(finding, segmentFindings).map((f) => f.fingerprint)]);
}

export function useFindings(documentId: number) {
  return useQuery({
    queryKey: keys.findings.of(documentId),
    queryFn: () => api<{ segments: SegmentFindingsView[] }>(`/api/documents/${documentId}/findings`).then((r) => r.segments),
  });
}

export function useChecks() {
  return useQuery({ queryKey: keys.checks, queryFn: () => api<{ checks: CheckInfo[] }>('/api/checks').then((r) => r.checks), staleTime: 60_000 });
}

export function useDismiss(documentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { segmentId: number; fingerprint: string; action: 'dismiss' | 'restore' }) =>
      api(`/api/segments/${v.segmentId}/findings`, { method: 'POST', json: { fingerprint: v.fingerprint, action: v.action } }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.findings.of(documentId) }),
  });
}

export function useTerms(documentId: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.terms(documentId),
    enabled,
    queryFn: () => api<{ terms: TermGroup[] }>(`/api/documents/${documentId}/terms`).then((r) => r.terms),
  });
}

export function useApplyTerm(documentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { term: string; choice: string }) => api<{ changed: number }>(`/api/documents/${documentId}/terms`, { method: 'POST', json: v }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.terms(documentId) });
      void qc.invalidateQueries({ queryKey: keys.document(documentId) });
      void qc.invalidateQueries({ queryKey: keys.findings.of(documentId) });
    },
  });
}

export interface LookupResult {
  translations: string[];
  /** The words the segment's alignment links the looked-up word to, surest first. */
  counterparts: string[];
  /** How many of the first translations match a counterpart. */
  aligned: number;
}

/** Dictionary senses of a word; with the segment and side it was selected in, ranked by its aligned counterpart. */
export function useLookup(word: string | null, from: 'de' | 'en', where?: { segmentId: number; side: 'source' | 'target'; version: number }) {
  const context = where ? `&segment=${where.segmentId}&side=${where.side}` : '';
  return useQuery({
    queryKey: keys.lexicon(word, from, where),
    enabled: !!word,
    staleTime: Infinity,
    queryFn: () => api<LookupResult>(`/api/lexicon?word=${encodeURIComponent(word ?? '')}&from=${from}${context}`),
  });
}

export interface WordAlignment {
  sourceTokens: { text: string; start: number; end: number; content: boolean }[];
  targetTokens: { text: string; start: number; end: number; content: boolean }[];
  links: [number, number][];
  confidence?: number[];
}

export function useAlignment(segmentId: number, version: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.alignment(segmentId, version),
    enabled,
    staleTime: Infinity,
    queryFn: () => api<WordAlignment>(`/api/segments/${segmentId}/alignment`),
  });
}
