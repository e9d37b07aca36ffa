'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { CheckInfo, Severity } from '../findings/use-findings';
import { keys } from '../query-keys';

export interface GlossaryEntry {
  id: number;
  sourceTerm: string;
  targetTerm: string;
  forbidden: string[];
  note: string | null;
}

function useInvalidateChecked() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: keys.checks });
    void qc.invalidateQueries({ queryKey: keys.glossary });
    void qc.invalidateQueries({ queryKey: keys.findings.all });
  };
}

export function useSaveChecks() {
  const done = useInvalidateChecked();
  return useMutation({
    mutationFn: (checks: CheckInfo[]) =>
      api<{ checks: CheckInfo[] }>('/api/checks', {
        method: 'PUT',
        json: Object.fromEntries(
          checks.flatMap((c) => [
            [c.id, { enabled: c.enabled, ...(c.severity ? { severity: c.severity as Severity } : {}) }],
            // Only what differs from the catalogue: a rule left at its defaults follows them when they change.
            ...c.rules
              .filter((r) => r.enabled !== r.defaultEnabled || r.severity)
              .map((r) => [r.id, { enabled: r.enabled, ...(r.severity ? { severity: r.severity } : {}) }]),
          ]),
        ),
      }),
    onSuccess: done,
  });
}

export function useGlossary() {
  return useQuery({ queryKey: keys.glossary, queryFn: () => api<{ entries: GlossaryEntry[] }>('/api/glossary').then((r) => r.entries) });
}

export function useAddGlossaryEntry() {
  const done = useInvalidateChecked();
  return useMutation({
    mutationFn: (e: { sourceTerm: string; targetTerm: string; forbidden: string[]; note?: string }) => api('/api/glossary', { method: 'POST', json: e }),
    onSuccess: done,
  });
}

export function useDeleteGlossaryEntry() {
  const done = useInvalidateChecked();
  return useMutation({ mutationFn: (id: number) => api(`/api/glossary/${id}`, { method: 'DELETE' }), onSuccess: done });
}
