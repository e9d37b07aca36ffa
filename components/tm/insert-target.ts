/**
 * Puts a text into the translation being edited, through the textarea itself: the native value setter plus an input
 * event is what React's onChange listens to, so the row keeps its draft, unsaved marker and save-on-leave as if typed.
 */
export function insertIntoEditedTarget(text: string): boolean {
  const focused = document.activeElement;
  const editor =
    focused instanceof HTMLTextAreaElement && focused.closest('[data-segment-id]')
      ? focused
      : document.querySelector<HTMLTextAreaElement>('[data-segment-id] textarea');
  if (!editor) return false;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setValue) return false;
  setValue.call(editor, text);
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  editor.focus();
  editor.setSelectionRange(text.length, text.length);
  return true;
}
