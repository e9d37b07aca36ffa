'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConcordanceHit, TmMatch } from '@/lib/review';
import type { ConcordanceSide } from '@/lib/tm';
import { api } from '../api';

export type { ConcordanceHit, ConcordanceSide, TmMatch };

export const tmKeys = {
  all: ['tm'] as const,
  matches: (segmentId: number) => ['tm', 'matches', segmentId] as const,
  concordance: (documentId: number, q: string, side: ConcordanceSide) => ['tm', 'concordance', documentId, q, side] as const,
};

/** Translation-memory matches for a segment's source (best three, >= 70 %). */
export function useMatches(segmentId: number | undefined) {
  return useQuery({
    queryKey: tmKeys.matches(segmentId ?? 0),
    queryFn: () => api<{ matches: TmMatch[] }>(`/api/segments/${segmentId}/matches`).then((r) => r.matches),
    enabled: segmentId !== undefined,
    // The memory changes only when someone approves or edits; a minute-old answer is still useful.
    staleTime: 60_000,
  });
}

/** Concordance search in the document's language pair; runs from 2 characters on. */
export function useConcordance(documentId: number, q: string, side: ConcordanceSide) {
  const query = q.trim();
  return useQuery({
    queryKey: tmKeys.concordance(documentId, query, side),
    queryFn: () =>
      api<{ hits: ConcordanceHit[] }>(`/api/documents/${documentId}/concordance?${new URLSearchParams({ q: query, side, limit: '50' })}`).then((r) => r.hits),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Feeds a TMX file into the memory; matches and searches are asked again afterwards. */
export function useImportTmx() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api<{ added: number; skipped: number }>('/api/tm/import', { method: 'POST', body: form });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: tmKeys.all }),
  });
}
