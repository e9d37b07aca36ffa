'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

export interface ConfirmOptions {
  title: string;
  message?: ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
}

export interface PromptOptions extends ConfirmOptions {
  /** The field's label. */
  label: string;
  /** Shown when the field is empty and the user confirms. */
  required?: string;
}

/** In-app replacements for window.confirm and window.prompt: the same awaitable shape, the app's look and keyboard. */
export interface Dialogs {
  /** True when confirmed, false on cancel. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** The text entered (trimmed), or null on cancel. */
  prompt(options: PromptOptions): Promise<string | null>;
}

type Open = { opener: HTMLElement | null } & (
  | { kind: 'confirm'; options: ConfirmOptions; resolve: (ok: boolean) => void }
  | { kind: 'prompt'; options: PromptOptions; resolve: (text: string | null) => void }
);

const DialogsContext = createContext<Dialogs | null>(null);

function PromptField({ options, opener, onDone }: { options: PromptOptions; opener: HTMLElement | null; onDone: (text: string | null) => void }) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const missing = Boolean(options.required) && !text.trim();
  return (
    <Dialog
      {...options}
      opener={opener}
      onCancel={() => onDone(null)}
      onConfirm={() => {
        if (missing) setTried(true);
        else onDone(text.trim());
      }}
    >
      <label className="block text-sm">
        {options.label}
        <textarea
          value={text}
          rows={3}
          aria-invalid={tried && missing}
          aria-describedby={tried && missing ? 'prompt-required' : undefined}
          onChange={(e) => setText(e.target.value)}
          // Enter confirms like in any dialog; Shift+Enter starts a new line.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
        />
      </label>
      {tried && missing && (
        <p id="prompt-required" role="alert" className="text-sm text-red-700">
          {options.required}
        </p>
      )}
    </Dialog>
  );
}

/** Holds the one open dialog; mount it once around the app (components/providers.tsx). */
export function DialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Open | null>(null);
  // A button that started an async action is often disabled (and so unfocused) by the time it asks: remember it.
  const lastFocused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const remember = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && !e.target.closest('dialog')) lastFocused.current = e.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  const opener = () => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : lastFocused.current);
  const confirm = useCallback((options: ConfirmOptions) => new Promise<boolean>((resolve) => setOpen({ kind: 'confirm', options, resolve, opener: opener() })), []);
  const prompt = useCallback((options: PromptOptions) => new Promise<string | null>((resolve) => setOpen({ kind: 'prompt', options, resolve, opener: opener() })), []);
  const dialogs = useMemo(() => ({ confirm, prompt }), [confirm, prompt]);
  const close = <T,>(resolve: (value: T) => void, value: T) => {
    setOpen(null);
    resolve(value);
  };
  return (
    <DialogsContext.Provider value={dialogs}>
      {children}
      {open?.kind === 'confirm' && <Dialog {...open.options} opener={open.opener} onConfirm={() => close(open.resolve, true)} onCancel={() => close(open.resolve, false)} />}
      {open?.kind === 'prompt' && <PromptField key={open.options.title} options={open.options} opener={open.opener} onDone={(text) => close(open.resolve, text)} />}
    </DialogsContext.Provider>
  );
}

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs needs a <DialogsProvider> around the app.');
  return dialogs;
}
