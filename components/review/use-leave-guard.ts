'use client';

/** Warns before leaving while any text is unsaved: reloads and closing the tab, and links inside the app. */
import { useEffect } from 'react';

export function useLeaveGuard(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const guardLinks = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      // Downloads and links within the page (the skip link) do not leave it.
      if (!link || link.hasAttribute('download') || link.getAttribute('href')?.startsWith('#')) return;
      if (!window.confirm('Some translations are not saved yet. Leave this page and lose them?')) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', guardLinks, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', guardLinks, true);
    };
  }, [unsaved]);
}
