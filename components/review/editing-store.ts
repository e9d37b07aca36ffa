'use client';

/** Holds the editing state outside React so that a keystroke re-renders only the row it belongs to. */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { EMPTY_EDITING, editingReducer, type Draft, type EditingAction, type EditingState, type SaveState } from './editing';

export interface EditingStore {
  dispatch: (action: EditingAction) => void;
  get: () => EditingState;
  /** Listens to one segment's draft and save state. */
  subscribeRow: (segmentId: number, listener: () => void) => () => void;
  /** Listens to every change (the screen only asks whether any draft is unsaved). */
  subscribe: (listener: () => void) => () => void;
}

export function createEditingStore(): EditingStore {
  let state = EMPTY_EDITING;
  const rows = new Map<number, Set<() => void>>();
  const all = new Set<() => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = editingReducer(state, action);
      if (next === state) return;
      state = next;
      for (const l of rows.get(action.segmentId) ?? []) l();
      for (const l of all) l();
    },
    subscribeRow(segmentId, listener) {
      let set = rows.get(segmentId);
      if (!set) rows.set(segmentId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) rows.delete(segmentId);
      };
    },
    subscribe(listener) {
      all.add(listener);
      return () => all.delete(listener);
    },
  };
}

/** One store per screen, kept across renders. */
export function useEditingStore(): EditingStore {
  return useState(createEditingStore)[0];
}

export function useRowEditing(store: EditingStore, segmentId: number): { draft: Draft | undefined; saveState: SaveState } {
  const subscribe = useCallback((l: () => void) => store.subscribeRow(segmentId, l), [store, segmentId]);
  const draft = useSyncExternalStore(subscribe, () => store.get().drafts.get(segmentId), () => undefined);
  const saveState = useSyncExternalStore(subscribe, () => store.get().saveStates.get(segmentId) ?? 'idle', () => 'idle' as const);
  return { draft, saveState };
}

export function useHasDrafts(store: EditingStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get().drafts.size > 0, () => false);
}
