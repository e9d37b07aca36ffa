'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toSegmentTargets, type Alignment } from '@/lib/align';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { AlignmentPreview } from '../documents/alignment-preview';
import { useConfig } from '../documents/use-documents';
import type { SourceSegmentRef } from '../documents/use-new-document';
import { useImportFile, type ImportRequest } from './use-import';

type Mode = 'file' | 'parallel';

const TARGETS_FOR = { de: ['en-US', 'en-GB'], en: ['de'] } as const;
const TARGET_LABEL: Record<string, string> = { de: 'German', 'en-US': 'English (US)', 'en-GB': 'English (UK)' };
const BILINGUAL = /\.(xlf|xliff|tmx)$/i;

function FilePicker({ label, accept, file, onFile }: { label: string; accept: string; file: File | null; onFile: (f: File | null) => void }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <input
        type="file"
        accept={accept}
        aria-label={label}
        className="text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1"
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      {file && <span className="text-xs text-slate-500">{(file.size / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB</span>}
    </label>
  );
}

/** Importing a file made elsewhere: a Word document, an XLIFF or TMX file from a CAT tool, or a text with its translation. */
export function ImportForm() {
  const router = useRouter();
  const config = useConfig();
  const importFile = useImportFile();
  const [mode, setMode] = useState<Mode>('file');
  const [file, setFile] = useState<File | null>(null);
  const [translationFile, setTranslationFile] = useState<File | null>(null);
  // '' = as the file says (XLIFF, TMX).
  const [sourceLang, setSourceLang] = useState<'' | 'de' | 'en'>('de');
  const [targetLang, setTargetLang] = useState<string>('en-US');
  const [title, setTitle] = useState('');
  const [translate, setTranslate] = useState(false);
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [sourceSegments, setSourceSegments] = useState<SourceSegmentRef[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  // A document imported with warnings (the file's languages overruled, …) stays on this page until they are read.
  const [imported, setImported] = useState<{ id: number; title: string } | null>(null);
  const bilingual = mode === 'file' && !!file && BILINGUAL.test(file.name);
  const mtAvailable = config.data?.machineTranslation.available ?? false;

  const reset = () => {
    setAlignment(null);
    setWarnings([]);
    setImported(null);
    importFile.reset();
  };

  const send = (extra: Partial<ImportRequest> = {}) => {
    if (!file) return;
    importFile.mutate(
      {
        file,
        ...(mode === 'parallel' && translationFile ? { translationFile } : {}),
        ...(sourceLang ? { sourceLang, targetLang } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(mode === 'file' && !bilingual && translate ? { translation: 'deepl' as const } : {}),
        ...extra,
      },
      {
        onSuccess: (r) => {
          setWarnings(r.warnings);
          if (r.kind === 'document' && r.warnings.length > 0) setImported({ id: r.document.id, title: r.document.title });
          else if (r.kind === 'document') router.push(`/documents/${r.document.id}`);
          else {
            setAlignment(r.alignment);
            setSourceSegments(r.sourceSegments);
          }
        },
      },
    );
  };

  const importAligned = () => {
    if (!alignment) return;
    const byKey = toSegmentTargets(alignment);
    send({ targets: sourceSegments.map((s) => byKey.get(`${s.block}:${s.sentence}`) ?? '') });
  };

  const canSend = !!file && (mode === 'file' || !!translationFile) && (bilingual || sourceLang !== '');

  return (
    <form
      className="max-w-5xl space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        if (alignment) importAligned();
        else send();
      }}
    >
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">What to import</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="mode"
            checked={mode === 'file'}
            onChange={() => {
              setMode('file');
              reset();
            }}
          />
          One file: a Word document (.docx), an XLIFF file (.xlf, .xliff) or a translation memory (.tmx)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="mode"
            checked={mode === 'parallel'}
            onChange={() => {
              setMode('parallel');
              reset();
            }}
          />
          Two parallel texts: the source and its translation (.txt, .md or .docx each), aligned before import
        </label>
      </fieldset>

      <div className="flex flex-wrap gap-6">
        <FilePicker
          label={mode === 'file' ? 'File' : 'Source text'}
          accept={mode === 'file' ? '.docx,.xlf,.xliff,.tmx,.txt,.md' : '.txt,.md,.markdown,.docx'}
          file={file}
          onFile={(f) => {
            setFile(f);
            reset();
            // XLIFF and TMX name their languages; let the file decide unless the user chooses.
            if (f && BILINGUAL.test(f.name)) setSourceLang('');
            else if (sourceLang === '') {
              setSourceLang('de');
              setTargetLang('en-US');
            }
          }}
        />
        {mode === 'parallel' && (
          <FilePicker
            label="Translation"
            accept=".txt,.md,.markdown,.docx"
            file={translationFile}
            onFile={(f) => {
              setTranslationFile(f);
              reset();
            }}
          />
        )}
      </div>

      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col text-sm">
          Source language
          <select
            value={sourceLang}
            onChange={(e) => {
              const lang = e.target.value as '' | 'de' | 'en';
              setSourceLang(lang);
              if (lang) setTargetLang(TARGETS_FOR[lang][0]);
              reset();
            }}
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          >
            {bilingual && <option value="">As in the file</option>}
            <option value="de">German</option>
            <option value="en">English</option>
          </select>
        </label>
        {sourceLang && (
          <label className="flex flex-col text-sm">
            Target language
            <select
              value={targetLang}
              onChange={(e) => {
                setTargetLang(e.target.value);
                reset();
              }}
              className="mt-1 rounded border border-slate-300 px-2 py-1"
            >
              {TARGETS_FOR[sourceLang].map((t) => (
                <option key={t} value={t}>
                  {TARGET_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col text-sm">
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} className="mt-1 w-80 rounded border border-slate-300 px-2 py-1" placeholder="from the file name" />
        </label>
      </div>

      {mode === 'file' && file && !bilingual && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={translate} disabled={!mtAvailable} onChange={(e) => setTranslate(e.target.checked)} />
          Machine-translate with {config.data?.machineTranslation.label ?? 'DeepL'} after import
          {!mtAvailable && <span className="text-xs text-slate-500">— not configured on this server</span>}
        </label>
      )}
      {bilingual && (
        <p className="text-sm text-slate-600">
          Each unit becomes one segment with its translation and state; notes become comments, and inline tags are shown as ⟦1⟧ marks that must stay
          in the translation. Exporting as the same format writes the file back with its own ids and tags.
        </p>
      )}

      {warnings.map((w) => (
        <Alert tone="warning" key={w}>
          {w}
        </Alert>
      ))}
      {importFile.error && <Alert>{importFile.error.message}</Alert>}
      {imported && (
        <Alert tone="info">
          <div className="flex flex-wrap items-center gap-3">
            “{imported.title}” is imported.
            <Button variant="primary" onClick={() => router.push(`/documents/${imported.id}`)}>
              Open the document
            </Button>
          </div>
        </Alert>
      )}

      {alignment && (
        <section className="space-y-2" aria-label="Alignment">
          <h2 className="text-sm font-semibold">Check the aligned pairs</h2>
          <AlignmentPreview alignment={alignment} onChange={setAlignment} />
        </section>
      )}

      <div className="flex gap-3">
        <Button type="submit" variant="primary" disabled={!canSend || importFile.isPending}>
          {importFile.isPending ? 'Importing…' : alignment ? 'Import aligned translation' : mode === 'parallel' ? 'Align' : 'Import'}
        </Button>
        {!file && <span className="self-center text-sm text-slate-500">Choose a file first.</span>}
        {mode === 'parallel' && file && !translationFile && <span className="self-center text-sm text-slate-500">Choose the translation too.</span>}
      </div>
    </form>
  );
}
