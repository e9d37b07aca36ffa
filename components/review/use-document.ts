'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { DocumentDetail, Revision, Segment } from '../types';
import { keys } from '../query-keys';

export function useDocument(id: number) {
  return useQuery({
    queryKey: keys.document(id),
    queryFn: () => api<{ document: DocumentDetail }>(`/api/documents/${id}`).then((r) => r.document),
    // Fast while a translation runs; otherwise the pulse (use-workflow) refetches when something changed.
    refetchInterval: (q) => (q.state.data?.translationState === 'translating' ? 700 : false),
  });
}

export function useRevisions(segmentId: number | null) {
  return useQuery({
    queryKey: keys.revisions(segmentId),
    enabled: segmentId !== null,
    queryFn: () => api<{ segment: Segment; revisions: Revision[] }>(`/api/segments/${segmentId}/revisions`),
  });
}

/** Puts a saved segment into the cached document so the screen updates without a refetch. */
function useStoreSegment(documentId: number) {
  const qc = useQueryClient();
  return (segment: Segment) => {
    qc.setQueryData<DocumentDetail>(keys.document(documentId), (doc) =>
      doc ? { ...doc, segments: doc.segments.map((s) => (s.id === segment.id ? segment : s)) } : doc,
    );
    // Progress and statuses come from the server.
    void qc.invalidateQueries({ queryKey: keys.document(documentId) });
    void qc.invalidateQueries({ queryKey: keys.revisions(segment.id) });
    // Checks ran again on the server: a fixed finding disappears, a new one appears.
    void qc.invalidateQueries({ queryKey: keys.findings.of(documentId) });
    void qc.invalidateQueries({ queryKey: keys.terms(documentId) });
    void qc.invalidateQueries({ queryKey: keys.documents });
  };
}

export function useSaveSegment(documentId: number) {
  const store = useStoreSegment(documentId);
  return useMutation({
    mutationFn: (v: { segmentId: number; text: string; baseVersion: number }) =>
      api<{ segment: Segment; changed: boolean }>(`/api/segments/${v.segmentId}`, {
        method: 'PUT',
        json: { text: v.text, baseVersion: v.baseVersion },
      }),
    onSuccess: (r) => store(r.segment),
  });
}

export function useRevertSegment(documentId: number) {
  const store = useStoreSegment(documentId);
  return useMutation({
    mutationFn: (v: { segmentId: number; revisionId: number; baseVersion: number }) =>
      api<{ segment: Segment; changed: boolean }>(`/api/segments/${v.segmentId}/revert`, {
        method: 'POST',
        json: { revisionId: v.revisionId, baseVersion: v.baseVersion },
      }),
    onSuccess: (r) => store(r.segment),
  });
}

export function useStartTranslation(documentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ started: boolean }>(`/api/documents/${documentId}/translate`, { method: 'POST' }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.document(documentId) }),
  });
}
