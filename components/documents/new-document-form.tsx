'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { toSegmentTargets, type Alignment } from '@/lib/align';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { AlignmentPreview } from './alignment-preview';
import { useAlign, useCreateDocument, useUpload, type SourceSegmentRef } from './use-new-document';
import { useConfig } from './use-documents';

type Method = 'deepl' | 'provided' | 'none';

const TARGETS_FOR = { de: ['en-US', 'en-GB'], en: ['de'] } as const;

function UploadButton({ label, onText }: { label: string; onText: (r: { text: string; format: 'txt' | 'md'; fileName: string }) => void }) {
  const upload = useUpload();
  return (
    <span className="inline-flex flex-col gap-1">
      <label className="inline-flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {upload.isPending ? 'Reading…' : label}
        <input
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          className="sr-only"
          aria-label={label}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) upload.mutate(file, { onSuccess: onText });
          }}
        />
      </label>
      {upload.error && <Alert>{upload.error.message}</Alert>}
    </span>
  );
}

/** Creating a document: source text (pasted or uploaded), then DeepL or the user's own translation, aligned and checked. */
export function NewDocumentForm() {
  const router = useRouter();
  const config = useConfig();
  const align = useAlign();
  const create = useCreateDocument();
  const [title, setTitle] = useState('');
  const [sourceLang, setSourceLang] = useState<'de' | 'en'>('de');
  const [targetLang, setTargetLang] = useState<string>('en-US');
  const [format, setFormat] = useState<'txt' | 'md'>('txt');
  const [text, setText] = useState('');
  const [translation, setTranslation] = useState('');
  const [origin, setOrigin] = useState<'pasted' | 'uploaded'>('pasted');
  // Until the user picks, the default follows whether machine translation is configured.
  const [picked, setMethod] = useState<Method | null>(null);
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [sourceSegments, setSourceSegments] = useState<SourceSegmentRef[]>([]);
  const mtAvailable = config.data?.machineTranslation.available ?? false;
  const method: Method = picked ?? (mtAvailable ? 'deepl' : 'provided');

  // The alignment belongs to the texts it was made from.
  useEffect(() => setAlignment(null), [text, translation, sourceLang, targetLang, format]);

  const base = { title: title || undefined, sourceLang, targetLang, format, text };
  const submit = () => {
    if (method === 'provided') {
      if (!alignment) return;
      const byKey = toSegmentTargets(alignment);
      const targets = sourceSegments.map((s) => byKey.get(`${s.block}:${s.sentence}`) ?? '');
      create.mutate({ ...base, translation: { mode: 'provided', origin, targets } }, { onSuccess: (r) => router.push(`/documents/${r.document.id}`) });
    } else {
      create.mutate({ ...base, translation: { mode: method } }, { onSuccess: (r) => router.push(`/documents/${r.document.id}`) });
    }
  };

  return (
    <form
      className="max-w-5xl space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col text-sm">
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} className="mt-1 w-80 rounded border border-slate-300 px-2 py-1" placeholder="from the first line" />
        </label>
        <label className="flex flex-col text-sm">
          Source language
          <select
            value={sourceLang}
            onChange={(e) => {
              const lang = e.target.value as 'de' | 'en';
              setSourceLang(lang);
              setTargetLang(TARGETS_FOR[lang][0]);
            }}
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          >
            <option value="de">German</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Target language
          <select value={targetLang} onChange={(e) => setTargetLang(e.target.value)} className="mt-1 rounded border border-slate-300 px-2 py-1">
            {TARGETS_FOR[sourceLang].map((t) => (
              <option key={t} value={t}>
                {t === 'de' ? 'German' : t === 'en-US' ? 'English (US)' : 'English (UK)'}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Text format
          <select value={format} onChange={(e) => setFormat(e.target.value as 'txt' | 'md')} className="mt-1 rounded border border-slate-300 px-2 py-1">
            <option value="txt">Plain text</option>
            <option value="md">Markdown</option>
          </select>
        </label>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Source text</legend>
        <textarea
          aria-label="Source text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          className="w-full rounded border border-slate-300 p-2 font-mono text-sm"
          placeholder="Paste the article. Separate paragraphs with a blank line."
        />
        <div className="flex items-center gap-3 text-xs text-slate-500">
          <UploadButton
            label="Upload source (.txt, .md)"
            onText={(r) => {
              setText(r.text);
              setFormat(r.format);
              if (!title) setTitle(r.fileName.replace(/\.[^.]+$/, ''));
            }}
          />
          <span>
            {text.length.toLocaleString('en')} of {(config.data?.limits.maxSourceChars ?? 0).toLocaleString('en')} characters
          </span>
        </div>
      </fieldset>

      {config.isPending ? (
        <p className="text-sm text-slate-500">Checking whether machine translation is available…</p>
      ) : (
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Translation</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="method" checked={method === 'deepl'} disabled={!mtAvailable} onChange={() => setMethod('deepl')} />
          Machine-translate with {config.data?.machineTranslation.label ?? 'DeepL'}
          {!mtAvailable && <span className="text-xs text-slate-500">— not configured on this server (set DEEPL_AUTH_KEY)</span>}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="method" checked={method === 'provided'} onChange={() => setMethod('provided')} />
          I have a translation: paste or upload it, and Lektorat aligns it to the source
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="method" checked={method === 'none'} onChange={() => setMethod('none')} />
          No translation yet: translate by hand in the review screen
        </label>
        {config.error && <Alert tone="warning">Could not ask the server whether machine translation is available: {config.error.message}</Alert>}
      </fieldset>
      )}

      {method === 'provided' && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Your translation</legend>
          <textarea
            aria-label="Translation text"
            value={translation}
            onChange={(e) => {
              setTranslation(e.target.value);
              setOrigin('pasted');
            }}
            rows={10}
            className="w-full rounded border border-slate-300 p-2 font-mono text-sm"
            placeholder="Paste the translation, with the same paragraphs as the source."
          />
          <div className="flex items-center gap-3">
            <UploadButton
              label="Upload translation (.txt, .md)"
              onText={(r) => {
                setTranslation(r.text);
                setOrigin('uploaded');
              }}
            />
            <Button
              variant="primary"
              disabled={align.isPending}
              onClick={() =>
                align.mutate(
                  { sourceLang, targetLang, format, text, translation },
                  {
                    onSuccess: (r) => {
                      setAlignment(r.alignment);
                      setSourceSegments(r.sourceSegments);
                    },
                  },
                )
              }
            >
              {align.isPending ? 'Aligning…' : 'Align with source'}
            </Button>
          </div>
          {align.error && <Alert>{align.error.message}</Alert>}
          {alignment && <AlignmentPreview alignment={alignment} onChange={setAlignment} />}
        </fieldset>
      )}

      {create.error && <Alert>{create.error.message}</Alert>}
      <div className="flex gap-3">
        <Button type="submit" variant="primary" disabled={create.isPending || (method === 'provided' && !alignment)}>
          {create.isPending ? 'Creating…' : method === 'deepl' ? 'Create and translate' : method === 'provided' ? 'Import aligned translation' : 'Create document'}
        </Button>
        {method === 'provided' && !alignment && <span className="self-center text-sm text-slate-500">Align the translation first, then check the marked pairs.</span>}
      </div>
    </form>
  );
}
