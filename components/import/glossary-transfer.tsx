'use client';

import { useState } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useDialogs } from '../ui/dialogs';
import { useGlossaryImport, useGlossarySync, useGlossarySyncState } from './use-import';

const PAIRS = [
  { value: 'de-en', label: 'German → English', sourceLang: 'de', targetLang: 'en' },
  { value: 'en-de', label: 'English → German', sourceLang: 'en', targetLang: 'de' },
] as const;

/** Glossary as a file (CSV, TBX) in both directions, and sent to DeepL so machine translation uses its terms. */
export function GlossaryTransfer() {
  const importGlossary = useGlossaryImport();
  const dialogs = useDialogs();
  const syncState = useGlossarySyncState();
  const sync = useGlossarySync();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [pair, setPair] = useState<(typeof PAIRS)[number]>(PAIRS[0]);
  const last = syncState.data?.sync;
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="glossary-transfer">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-1">
          Languages
          <select
            aria-label="Glossary languages"
            value={pair.value}
            onChange={(e) => setPair(PAIRS.find((p) => p.value === e.target.value) ?? PAIRS[0])}
            className="rounded border border-slate-300 px-1 py-0.5"
          >
            {PAIRS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span className="text-slate-500">Export:</span>
        <a className="underline" href={`/api/glossary/export?format=csv&sourceLang=${pair.sourceLang}&targetLang=${pair.targetLang}`} download>
          CSV
        </a>
        <a className="underline" href={`/api/glossary/export?format=tbx&sourceLang=${pair.sourceLang}&targetLang=${pair.targetLang}`} download>
          TBX
        </a>
        <span className="ml-4 text-slate-500">Import:</span>
        <select aria-label="Import mode" value={mode} onChange={(e) => setMode(e.target.value as 'merge' | 'replace')} className="rounded border border-slate-300 px-1 py-0.5">
          <option value="merge">add and update terms</option>
          <option value="replace">replace the glossary</option>
        </select>
        <label className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-50">
          {importGlossary.isPending ? 'Importing…' : 'Choose .csv or .tbx'}
          <input
            type="file"
            accept=".csv,.tbx,.xml"
            className="sr-only"
            aria-label="Import glossary file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const ok =
                mode === 'merge' ||
                (await dialogs.confirm({ title: 'Replace the whole glossary?', message: `Every term of this language pair is replaced by the terms of ${file.name}.`, confirmLabel: 'Replace the glossary', tone: 'danger' }));
              if (ok) importGlossary.mutate({ file, mode });
            }}
          />
        </label>
        <Button
          className="ml-4 !py-0.5"
          disabled={sync.isPending || syncState.data?.available === false}
          title={syncState.data?.available === false ? 'DeepL is not configured on this server' : 'Send the glossary to DeepL; machine translation then uses its terms'}
          onClick={() => sync.mutate({ sourceLang: pair.sourceLang, targetLang: pair.targetLang })}
        >
          {sync.isPending ? 'Syncing…' : 'Sync to DeepL'}
        </Button>
      </div>
      {importGlossary.data && (
        <Alert tone="info">
          Imported {importGlossary.data.imported} terms ({importGlossary.data.mode === 'replace' ? 'glossary replaced' : 'merged'}); the glossary has {importGlossary.data.total} terms. All documents were re-checked.
        </Alert>
      )}
      {importGlossary.error && <Alert>{importGlossary.error.message}</Alert>}
      {sync.error && <Alert>{sync.error.message}</Alert>}
      {sync.data && sync.data.skipped.length > 0 && (
        <Alert tone="warning">
          {sync.data.skipped.length} terms were not sent to DeepL: {sync.data.skipped.map((s) => `${s.source} (${s.reason})`).join('; ')}
        </Alert>
      )}
      {last && (
        <p className="text-xs text-slate-500" data-testid="glossary-sync-state">
          DeepL glossary {last.sourceLang} → {last.targetLang}: {last.glossaryId ? `${last.entries} terms, synced ${new Date(last.syncedAt).toLocaleString('en-GB')}` : 'none (no usable terms)'}
        </p>
      )}
    </div>
  );
}
