'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Alignment } from '@/lib/align';
import { api } from '../api';
import type { DocumentSummary } from '../types';
import { keys } from '../query-keys';

export interface SourceSegmentRef {
  block: number;
  sentence: number;
  text: string;
}

export interface AlignResult {
  alignment: Alignment;
  sourceSegments: SourceSegmentRef[];
}

export interface NewDocumentBody {
  title?: string;
  sourceLang: string;
  targetLang: string;
  format: 'txt' | 'md';
  text: string;
  translation: { mode: 'deepl' } | { mode: 'none' } | { mode: 'provided'; origin: 'pasted' | 'uploaded'; targets: string[] };
}

export function useAlign() {
  return useMutation({
    mutationFn: (body: { sourceLang: string; targetLang: string; format: 'txt' | 'md'; text: string; translation: string }) =>
      api<AlignResult>('/api/align', { method: 'POST', json: body }),
  });
}

export function useCreateDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDocumentBody) => api<{ document: DocumentSummary }>('/api/documents', { method: 'POST', json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.documents }),
  });
}

export function useUpload() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api<{ fileName: string; format: 'txt' | 'md'; text: string }>('/api/uploads', { method: 'POST', body: form });
    },
  });
}
