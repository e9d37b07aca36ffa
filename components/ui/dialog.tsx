'use client';

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './button';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle through the focusable elements of `container` instead of leaving it (a modal's focus trap). */
export function keepTabInside(container: HTMLElement | null, e: { key: string; shiftKey: boolean; preventDefault(): void }): void {
  if (e.key !== 'Tab' || !container) return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export interface DialogProps {
  title: string;
  /** What is asked, under the title; read out with it. */
  message?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'primary' | 'danger';
  /** Enter or the confirm button, unless confirmDisabled. */
  onConfirm: () => void;
  /** Esc, the cancel button or a click outside. */
  onCancel: () => void;
  /** Fields between the message and the buttons; the first one gets the focus, otherwise the confirm button does. */
  children?: ReactNode;
  confirmDisabled?: boolean;
  /** Where the focus goes back to; by default the element focused when the dialog opened. */
  opener?: HTMLElement | null;
}

/** Focus back to the element that opened the dialog; an opener disabled while its action runs gets it once enabled again. */
function refocus(opener: HTMLElement | null) {
  if (!opener?.isConnected) return;
  if (!(opener as HTMLButtonElement).disabled) return opener.focus();
  const observer = new MutationObserver(() => {
    if ((opener as HTMLButtonElement).disabled) return;
    observer.disconnect();
    // Only if the user has not moved on meanwhile.
    if (document.activeElement === document.body) opener.focus();
  });
  observer.observe(opener, { attributes: true, attributeFilter: ['disabled'] });
  setTimeout(() => observer.disconnect(), 5_000);
}

/**
 * The app's one modal dialog, on the native <dialog>: the page behind is inert, Tab stays inside,
 * Esc cancels, Enter confirms, and the focus goes back where it was when it closes.
 */
export function Dialog({ title, message, confirmLabel, cancelLabel = 'Cancel', tone = 'primary', onConfirm, onCancel, children, confirmDisabled, opener }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = opener ?? (document.activeElement as HTMLElement | null);
    dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, textarea, select') ?? dialog.querySelector<HTMLElement>('[data-confirm]'))?.focus();
    return () => {
      dialog.close();
      refocus(before);
    };
    // Mounted once per question: the opener is the one it was asked from.
  }, []);

  // showModal already makes the page inert; this keeps Tab from leaving for the browser's own toolbar too.
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    // Keys pressed in a modal are its own: the screen's shortcuts (j, k, a …) behind it must not act.
    e.stopPropagation();
    keepTabInside(ref.current, e);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={message ? messageId : undefined}
      onKeyDown={trapTab}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onCancel();
      }}
      className="w-full max-w-md rounded bg-white p-0 shadow-2xl backdrop:bg-slate-900/40"
    >
      <form
        className="space-y-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirmDisabled) onConfirm();
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {message && (
          <div id={messageId} className="text-sm text-slate-700">
            {message}
          </div>
        )}
        {children}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={onCancel}>{cancelLabel}</Button>
          <Button type="submit" data-confirm variant={tone} disabled={confirmDisabled}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
