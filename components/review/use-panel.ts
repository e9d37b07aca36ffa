'use client';

/** Which tab of the review panel is shown, and whether the panel is open (the choice is kept per browser). */
import { useCallback, useEffect, useState } from 'react';

export type PanelId = 'issues' | 'matches' | 'terms' | 'lookup' | 'assist' | 'comments' | 'lqa';

export const PANEL_TABS: readonly (readonly [PanelId, string])[] = [
  ['issues', 'Findings'],
  ['matches', 'Matches'],
  ['terms', 'Terms'],
  ['lookup', 'Dictionary'],
  ['assist', 'DeepL & LLM'],
  ['comments', 'Comments'],
  ['lqa', 'LQA'],
];

const PANEL_CHOICE = 'lektorat.reviewPanel';

/** The reviewer's last choice, if the browser keeps storage (private windows may refuse it: then the panel is shown). */
function readPanelChoice(): string | null {
  try {
    return window.localStorage.getItem(PANEL_CHOICE);
  } catch {
    return null;
  }
}

function writePanelChoice(choice: 'open' | 'closed'): void {
  try {
    window.localStorage.setItem(PANEL_CHOICE, choice);
  } catch {
    // Not kept: the panel still opens and closes for this page.
  }
}

export function usePanel() {
  const [panel, setPanel] = useState<PanelId>('issues');
  // The side panel can be hidden to give the text columns the width (a half screen beside a reference); the
  // choice is kept per browser. Anything that needs the panel (a finding, a look-up, comments) shows it again.
  const [panelOpen, setPanelOpen] = useState(true);
  useEffect(() => {
    if (readPanelChoice() === 'closed') setPanelOpen(false);
  }, []);
  const choosePanelOpen = useCallback((open: boolean) => {
    setPanelOpen(open);
    writePanelChoice(open ? 'open' : 'closed');
  }, []);
  const showPanel = useCallback((id: PanelId) => {
    setPanel(id);
    setPanelOpen(true);
  }, []);
  return { panel, setPanel, panelOpen, choosePanelOpen, showPanel };
}
