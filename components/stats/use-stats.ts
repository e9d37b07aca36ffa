'use client';

import { useQuery } from '@tanstack/react-query';
import type { DocumentStatistics, OverallStatistics } from '@/lib/review';
import type { CorrectionProposal, PostEditStats, TranslatorStats } from '@/lib/stats';
import { api } from '../api';
import { keys } from '../query-keys';

export type { CorrectionProposal, DocumentStatistics, OverallStatistics, PostEditStats, TranslatorStats };

export function useDocumentStats(documentId: number) {
  return useQuery({ queryKey: keys.stats.of(documentId), queryFn: () => api<DocumentStatistics>(`/api/documents/${documentId}/stats`) });
}

export function useOverallStats() {
  return useQuery({ queryKey: keys.stats.overall, queryFn: () => api<OverallStatistics>('/api/stats') });
}
