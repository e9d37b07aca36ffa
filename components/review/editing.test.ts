import { describe, expect, it } from 'vitest';
import { commitDecision, editingReducer, EMPTY_EDITING, type EditingAction, type EditingState } from './editing';

const run = (...actions: EditingAction[]): EditingState => actions.reduce(editingReducer, EMPTY_EDITING);

describe('editingReducer', () => {
  it('keeps the version a draft was started on while the user types on', () => {
    const s = run({ type: 'type', segmentId: 1, text: 'a', version: 3 }, { type: 'type', segmentId: 1, text: 'ab', version: 4 });
    expect(s.drafts.get(1)).toEqual({ text: 'ab', baseVersion: 3 });
  });

  it('drops the draft once the server took exactly that text', () => {
    const s = run({ type: 'type', segmentId: 1, text: 'x', version: 1 }, { type: 'save-started', segmentId: 1 }, { type: 'saved', segmentId: 1, text: 'x' });
    expect(s.drafts.has(1)).toBe(false);
    expect(s.saveStates.has(1)).toBe(false);
  });

  it('keeps a draft typed after the save started', () => {
    const s = run(
      { type: 'type', segmentId: 1, text: 'x', version: 1 },
      { type: 'save-started', segmentId: 1 },
      { type: 'type', segmentId: 1, text: 'xy', version: 1 },
      { type: 'saved', segmentId: 1, text: 'x' },
    );
    expect(s.drafts.get(1)?.text).toBe('xy');
    expect(s.saveStates.get(1)).toBeUndefined();
  });

  it('keeps the text of a failed save and marks it, until a later save succeeds', () => {
    const failed = run({ type: 'type', segmentId: 2, text: 'kept', version: 1 }, { type: 'save-started', segmentId: 2 }, { type: 'save-failed', segmentId: 2 });
    expect(failed.drafts.get(2)?.text).toBe('kept');
    expect(failed.saveStates.get(2)).toBe('failed');
    const retried = [{ type: 'save-started', segmentId: 2 }, { type: 'saved', segmentId: 2, text: 'kept' }] as const;
    expect(retried.reduce(editingReducer, failed).saveStates.get(2)).toBeUndefined();
  });

  it('a conflict leaves the draft to the dialog; the chosen text becomes the draft on the server version', () => {
    const conflicted = run({ type: 'type', segmentId: 1, text: 'mine', version: 1 }, { type: 'save-started', segmentId: 1 }, { type: 'conflicted', segmentId: 1 });
    expect(conflicted.drafts.get(1)).toEqual({ text: 'mine', baseVersion: 1 });
    expect(conflicted.saveStates.has(1)).toBe(false);
    const resolved = editingReducer(conflicted, { type: 'resolved', segmentId: 1, text: 'merged', baseVersion: 5 });
    expect(resolved.drafts.get(1)).toEqual({ text: 'merged', baseVersion: 5 });
  });

  it('discarding (cancel, restored revision) removes only that segment’s draft', () => {
    const s = run({ type: 'type', segmentId: 1, text: 'a', version: 1 }, { type: 'type', segmentId: 2, text: 'b', version: 1 }, { type: 'discard', segmentId: 1 });
    expect([...s.drafts.keys()]).toEqual([2]);
  });

  it('returns the same state when nothing changes, so no row re-renders', () => {
    const s = run({ type: 'type', segmentId: 1, text: 'a', version: 1 });
    expect(editingReducer(s, { type: 'discard', segmentId: 9 })).toBe(s);
    expect(editingReducer(s, { type: 'conflicted', segmentId: 1 })).toBe(s);
  });
});

describe('commitDecision', () => {
  it('saves a changed draft, discards one that came back to the saved text, and leaves an untouched row alone', () => {
    expect(commitDecision({ text: 'new ', baseVersion: 1 }, 'old')).toBe('save');
    expect(commitDecision({ text: 'old ', baseVersion: 1 }, 'old')).toBe('discard');
    expect(commitDecision(undefined, 'old')).toBe('nothing');
  });
});
