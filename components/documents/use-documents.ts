'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { AppConfig, DocumentSummary } from '../types';
import { keys } from '../query-keys';

export function useDocuments() {
  return useQuery({
    queryKey: keys.documents,
    queryFn: () => api<{ documents: DocumentSummary[] }>('/api/documents').then((r) => r.documents),
    // Keep translating documents' progress moving.
    refetchInterval: (q) => (q.state.data?.some((d) => d.translationState === 'translating') ? 1_000 : false),
  });
}

export function useConfig() {
  return useQuery({ queryKey: keys.config, queryFn: () => api<AppConfig>('/api/config'), staleTime: 60_000 });
}

export function useDeleteDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/api/documents/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.documents }),
  });
}
