'use client';

import { Alert } from '../ui/alert';
import { useImportTmx } from './use-tm';

/** Feeds a TMX file from a CAT tool into the translation memory (editors); says how many pairs it added. */
export function TmxImport() {
  const importTmx = useImportTmx();
  return (
    <div className="space-y-1 border-t border-slate-200 pt-2 text-xs">
      <label className="inline-block cursor-pointer rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-50 focus-within:ring-2 focus-within:ring-sky-500">
        {importTmx.isPending ? 'Importing…' : 'Import a TMX into the memory…'}
        <input
          type="file"
          accept=".tmx"
          className="sr-only"
          disabled={importTmx.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importTmx.mutate(file);
          }}
        />
      </label>
      {importTmx.error && <Alert>{importTmx.error.message}</Alert>}
      {importTmx.data && (
        <Alert tone="info">
          {importTmx.data.added.toLocaleString()} pairs added to the translation memory
          {importTmx.data.skipped > 0 ? `, ${importTmx.data.skipped.toLocaleString()} already in the memory or repeated in the file` : ''}.
        </Alert>
      )}
    </div>
  );
}
