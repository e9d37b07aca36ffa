'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Alignment } from '@/lib/align';
import { api } from '../api';
import type { DocumentSummary } from '../types';
import type { SourceSegmentRef } from '../documents/use-new-document';
import { keys } from '../query-keys';

export interface ImportRequest {
  file: File;
  translationFile?: File;
  sourceLang?: string;
  targetLang?: string;
  title?: string;
  translation?: 'none' | 'deepl';
  /** Parallel texts: one target per source segment, after the alignment was checked. */
  targets?: string[];
}

export type ImportResponse =
  | { kind: 'document'; document: DocumentSummary; warnings: string[] }
  | { kind: 'alignment'; alignment: Alignment; sourceSegments: SourceSegmentRef[]; format: 'txt' | 'md'; warnings: string[] };

export function useImportFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: ImportRequest) => {
      const form = new FormData();
      form.set('file', req.file);
      if (req.translationFile) form.set('translationFile', req.translationFile);
      if (req.sourceLang) form.set('sourceLang', req.sourceLang);
      if (req.targetLang) form.set('targetLang', req.targetLang);
      if (req.title) form.set('title', req.title);
      if (req.translation) form.set('translation', req.translation);
      if (req.targets) form.set('targets', JSON.stringify(req.targets));
      return api<ImportResponse>('/api/documents/import', { method: 'POST', body: form });
    },
    onSuccess: (r) => {
      if (r.kind === 'document') void qc.invalidateQueries({ queryKey: keys.documents });
    },
  });
}

export interface GlossarySync {
  glossaryId: string | null;
  sourceLang: 'de' | 'en';
  targetLang: 'de' | 'en';
  entries: number;
  syncedAt: string;
}

export function useGlossaryImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: 'merge' | 'replace' }) => {
      const form = new FormData();
      form.set('file', file);
      form.set('mode', mode);
      return api<{ imported: number; mode: string; total: number }>('/api/glossary/import', { method: 'POST', body: form });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.glossary });
      void qc.invalidateQueries({ queryKey: keys.findings.all });
    },
  });
}

export function useGlossarySyncState() {
  return useQuery({ queryKey: keys.glossarySync, queryFn: () => api<{ sync: GlossarySync | null; available: boolean }>('/api/glossary/sync') });
}

export function useGlossarySync() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (langs: { sourceLang: 'de' | 'en'; targetLang: 'de' | 'en' }) =>
      api<{ sync: GlossarySync; skipped: { source: string; target: string; reason: string }[] }>('/api/glossary/sync', { method: 'POST', json: langs }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.glossarySync }),
  });
}
