'use client';

/** Warns before leaving while any text is unsaved: reloads and closing the tab, and links inside the app. */
import { useEffect } from 'react';
import { useDialogs } from '../ui/dialogs';

export function useLeaveGuard(unsaved: boolean) {
  const dialogs = useDialogs();
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const guardLinks = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      // Downloads, new tabs and links within the page (the skip link) leave this page (and its unsaved text) in place.
      if (!link || link.hasAttribute('download') || link.getAttribute('href')?.startsWith('#')) return;
      if ((link as HTMLAnchorElement).target === '_blank' || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      e.stopPropagation();
      const href = (link as HTMLAnchorElement).href;
      void dialogs
        .confirm({ title: 'Leave with unsaved translations?', message: 'Some translations are not saved yet. Leave this page and lose them?', confirmLabel: 'Leave and lose them', tone: 'danger' })
        .then((leave) => {
          if (!leave) return;
          window.removeEventListener('beforeunload', warn);
          window.location.assign(href);
        });
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', guardLinks, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', guardLinks, true);
    };
  }, [unsaved, dialogs]);
}
