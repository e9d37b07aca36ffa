'use client';

/** Keyboard of the review screen outside text fields: F8 through findings, and the review keys of review mode. */
import { useEffect } from 'react';
import type { FindingRef } from '../findings/issues-panel';
import type { Segment } from '../types';
import type { ReviewAction } from './use-workflow';

/** F8 / Shift+F8: next / previous open finding in document order, from anywhere. */
export function useFindingKeys(ordered: FindingRef[], selectedFinding: string | null, onStep: (ref: FindingRef) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F8' || ordered.length === 0) return;
      e.preventDefault();
      const i = ordered.findIndex((r) => r.finding.fingerprint === selectedFinding);
      onStep(ordered[(i + (e.shiftKey ? -1 : 1) + ordered.length) % ordered.length]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ordered, selectedFinding, onStep]);
}

/** Keys belong to whatever the user types into; a focused checkbox or button does not take letters. */
function typingInto(target: HTMLElement | null): boolean {
  return (
    !!target &&
    (target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      target.isContentEditable ||
      (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type)) ||
      !!target.closest('[role="listbox"]'))
  );
}

/** Review keyboard (editors, when not typing): j/k or ↓/↑ select, a approve, r reject, e edit, s submit. */
export function useReviewKeys(options: {
  enabled: boolean;
  selected: Segment | undefined;
  visibleIds: number[];
  onSelect: (id: number) => void;
  onReview: (segment: Segment, action: ReviewAction) => void;
  onEdit: (id: number) => void;
}) {
  const { enabled, selected, visibleIds, onSelect, onReview, onEdit } = options;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (typingInto(e.target as HTMLElement | null) || e.ctrlKey || e.metaKey || e.altKey) return;
      const i = selected ? visibleIds.indexOf(selected.id) : -1;
      const move = (d: number) => {
        const next = visibleIds[Math.max(0, Math.min(visibleIds.length - 1, i + d))];
        if (next !== undefined) onSelect(next);
      };
      if (e.key === 'j' || e.key === 'ArrowDown') move(1);
      else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
      else if (e.key === 'a' && selected?.status === 'submitted') onReview(selected, 'approve');
      else if (e.key === 'r' && selected?.status === 'submitted') onReview(selected, 'reject');
      else if (e.key === 's' && selected && ['machine', 'edited', 'rejected'].includes(selected.status)) onReview(selected, 'submit');
      else if (e.key === 'e' && selected) onEdit(selected.id);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, selected, visibleIds, onSelect, onReview, onEdit]);
}
