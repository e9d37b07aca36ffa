'use client';

import { useEffect, useState } from 'react';
import { insertIntoEditedTarget } from './insert-target';
import { useMatches } from './use-tm';

/**
 * The translation memory's keys on the review screen: Ctrl+1…3 put match 1…3 into the translation being edited,
 * Alt+K opens the concordance search (with the selected words, if any).
 */
export function useTmKeys(segmentId: number | undefined) {
  const matches = useMatches(segmentId);
  const [concordance, setConcordance] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setConcordance(window.getSelection()?.toString().trim().slice(0, 200) ?? '');
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && /^[1-3]$/.test(e.key)) {
        const match = matches.data?.[Number(e.key) - 1];
        if (!match) return;
        if (insertIntoEditedTarget(match.targetText)) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [matches.data]);
  return { concordance, openConcordance: setConcordance, closeConcordance: () => setConcordance(null) };
}
