/** The review screen's editing state as a pure reducer: unsaved drafts and save states per segment. */

export type SaveState = 'idle' | 'saving' | 'failed';

export interface Draft {
  text: string;
  /** The segment version the text was typed on: a save against another version is a conflict. */
  baseVersion: number;
}

export interface EditingState {
  drafts: ReadonlyMap<number, Draft>;
  saveStates: ReadonlyMap<number, SaveState>;
}

export type EditingAction =
  /** A keystroke: the draft keeps the version it was started on. */
  | { type: 'type'; segmentId: number; text: string; version: number }
  | { type: 'save-started'; segmentId: number }
  /** The server took `text`; a draft typed after the save started is kept. */
  | { type: 'saved'; segmentId: number; text: string }
  | { type: 'save-failed'; segmentId: number }
  /** A 409: the conflict dialog takes over, the draft stays until the user decides. */
  | { type: 'conflicted'; segmentId: number }
  /** The user chose a text in the conflict dialog: it becomes the draft on the server's version. */
  | { type: 'resolved'; segmentId: number; text: string; baseVersion: number }
  /** Cancelled, or replaced from outside (a restored revision, a fix, a suggestion): the field shows the server's text. */
  | { type: 'discard'; segmentId: number };

export const EMPTY_EDITING: EditingState = { drafts: new Map(), saveStates: new Map() };

function withDraft(state: EditingState, id: number, draft: Draft | undefined): EditingState {
  if (draft === undefined && !state.drafts.has(id)) return state;
  const drafts = new Map(state.drafts);
  if (draft) drafts.set(id, draft);
  else drafts.delete(id);
  return { ...state, drafts };
}

function withSaveState(state: EditingState, id: number, save: SaveState): EditingState {
  if ((state.saveStates.get(id) ?? 'idle') === save) return state;
  const saveStates = new Map(state.saveStates);
  if (save === 'idle') saveStates.delete(id);
  else saveStates.set(id, save);
  return { ...state, saveStates };
}

export function editingReducer(state: EditingState, action: EditingAction): EditingState {
  const id = action.segmentId;
  switch (action.type) {
    case 'type': {
      const baseVersion = state.drafts.get(id)?.baseVersion ?? action.version;
      return withDraft(state, id, { text: action.text, baseVersion });
    }
    case 'save-started':
      return withSaveState(state, id, 'saving');
    case 'saved': {
      const idle = withSaveState(state, id, 'idle');
      return idle.drafts.get(id)?.text === action.text ? withDraft(idle, id, undefined) : idle;
    }
    case 'save-failed':
      return withSaveState(state, id, 'failed');
    case 'conflicted':
      return withSaveState(state, id, 'idle');
    case 'resolved':
      return withDraft(state, id, { text: action.text, baseVersion: action.baseVersion });
    case 'discard':
      return withDraft(state, id, undefined);
  }
}

/** What a commit (Ctrl+Enter, leaving the field) should do with the row's draft. */
export function commitDecision(draft: Draft | undefined, savedText: string): 'save' | 'discard' | 'nothing' {
  if (!draft) return 'nothing';
  return draft.text.trim() !== savedText ? 'save' : 'discard';
}
