'use client';

import { useState } from 'react';

/** Download links for every export format of a document. */
const FORMATS = [
  { format: 'txt', label: 'Text', title: 'The corrected translation as plain text (.txt)' },
  { format: 'md', label: 'Markdown', title: 'The corrected translation as Markdown (.md)' },
  { format: 'docx', label: 'Word', title: 'The corrected translation as a Word document (.docx)' },
  { format: 'xliff12', label: 'XLIFF 1.2', title: 'Source, translation, states, findings and comments as XLIFF 1.2, for CAT tools' },
  { format: 'xliff20', label: 'XLIFF 2.0', title: 'Source, translation, states, findings and comments as XLIFF 2.0, for CAT tools' },
  { format: 'tmx', label: 'TMX', title: 'The approved segment pairs as a translation memory (.tmx)' },
  { format: 'json', label: 'JSON', title: 'Everything: segments with machine and final text, status, findings and comments' },
  { format: 'report-html', label: 'Report', title: 'Review report with changes, findings, status and approver (.html)' },
  { format: 'report-csv', label: 'Report CSV', title: 'Review report as a spreadsheet (.csv)' },
] as const;

/** Formats that can carry the review's findings as ITS quality issues on the targets. */
const ANNOTATED: readonly string[] = ['xliff12', 'xliff20'];

export function ExportMenu({ documentId }: { documentId: number }) {
  // A client who wants their file back without the review's markup unticks this.
  const [annotations, setAnnotations] = useState(true);
  return (
    <nav aria-label="Export" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
      <span className="font-medium text-slate-600">Export:</span>
      {FORMATS.map((f) => (
        <a
          key={f.format}
          href={`/api/documents/${documentId}/export?format=${f.format}${ANNOTATED.includes(f.format) && !annotations ? '&annotations=omit' : ''}`}
          download
          title={f.title}
          data-format={f.format}
          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-slate-700 hover:bg-slate-50"
        >
          {f.label}
        </a>
      ))}
      <label className="ml-1 inline-flex items-center gap-1 text-slate-600" title="Write open findings and marked errors into XLIFF as ITS quality issues on the targets (the source is never changed)">
        <input type="checkbox" checked={annotations} onChange={(e) => setAnnotations(e.target.checked)} />
        Findings in XLIFF
      </label>
    </nav>
  );
}
