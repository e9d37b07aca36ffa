'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { can, useMe } from '../account/use-me';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useLqa, useMarkError, type LqaSeverity, type MarkedErrorView } from './use-lqa';

export interface LqaSegment {
  id: number;
  sourceText: string;
  targetText: string;
  /** The segment's position in the document, counted from 0 (as the API's Segment has it). */
  position: number;
}

type Side = 'source' | 'target';

interface Picked {
  side: Side;
  /** Where the words start, when they came from a selection; null when typed (then the first occurrence counts). */
  start: number | null;
  words: string;
}

/**
 * The selected words when the selection lies inside one element marked `data-lqa-side="source|target"`
 * and `data-lqa-segment="<id>"` (this form's copies of the texts; a review cell can carry the same
 * attributes). Offsets are counted over the element's text, which must be the segment's text.
 */
function selectedSpan(segment: LqaSegment): Picked | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const host = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-lqa-side]') ?? null;
  const el = host(range.startContainer);
  if (!el || el !== host(range.endContainer) || el.dataset.lqaSegment !== String(segment.id)) return null;
  const side: Side = el.dataset.lqaSide === 'source' ? 'source' : 'target';
  const before = document.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const words = raw.trim();
  if (!words) return null;
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  const text = side === 'source' ? segment.sourceText : segment.targetText;
  // An element whose text is not exactly the segment's (extra markup, an older text) gives no trustworthy offsets.
  return { side, words, start: text.slice(start, start + words.length) === words ? start : null };
}

function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (!words) return found;
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) found.push(i);
  return found;
}

/** The span to mark: the selected one if it still holds the words, else the first occurrence of the typed words. */
function resolveSpan(segment: LqaSegment, picked: Picked): { start: number; end: number; count: number } | null {
  const text = picked.side === 'source' ? segment.sourceText : segment.targetText;
  const words = picked.words.trim();
  const all = occurrences(text, words);
  if (picked.start !== null && text.slice(picked.start, picked.start + words.length) === words) {
    return { start: picked.start, end: picked.start + words.length, count: all.length };
  }
  const first = all[0];
  return first === undefined ? null : { start: first, end: first + words.length, count: all.length };
}

/**
 * Marks an LQA error on words of one segment: select them in the source or target shown here (or
 * type them exactly), choose a category and severity, add a note. Needs the editor role.
 */
export function MarkErrorForm({ documentId, segment, onMarked }: { documentId: number; segment: LqaSegment; onMarked?: (error: MarkedErrorView) => void }) {
  const id = useId();
  const me = useMe();
  const lqa = useLqa(documentId);
  const mark = useMarkError(documentId);
  const [picked, setPicked] = useState<Picked>({ side: 'target', start: null, words: '' });
  const [category, setCategory] = useState('accuracy/mistranslation');
  const [severity, setSeverity] = useState<LqaSeverity>('minor');
  const [note, setNote] = useState('');

  // A new segment starts a new mark.
  useEffect(() => {
    setPicked({ side: 'target', start: null, words: '' });
    mark.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segment.id]);

  useEffect(() => {
    const onChange = () => {
      const span = selectedSpan(segment);
      if (span) setPicked(span);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [segment]);

  if (!can(me.data, 'editor')) {
    return <p className="text-xs text-slate-500">Marking LQA errors needs the editor role.</p>;
  }

  const categories = lqa.data ? Object.keys(lqa.data.score.byCategory) : [category];
  const severities = lqa.data ? (Object.keys(lqa.data.score.bySeverity) as LqaSeverity[]) : [severity];
  const span = resolveSpan(segment, picked);
  const typed = picked.words.trim();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!span) return;
    mark.mutate(
      { segmentId: segment.id, side: picked.side, start: span.start, end: span.end, text: typed, category, severity, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (created) => {
          setPicked((p) => ({ ...p, start: null, words: '' }));
          setNote('');
          onMarked?.(created);
        },
      },
    );
  };

  const texts: [Side, string, string][] = [
    ['source', 'Source', segment.sourceText],
    ['target', 'Target', segment.targetText],
  ];

  return (
    <form onSubmit={submit} aria-label={`Mark an error in segment ${segment.position + 1}`} className="space-y-2 text-sm">
      <p className="text-xs text-slate-600">Select the words in the source or target below (or type them), then choose category and severity.</p>
      {texts.map(([side, label, text]) => (
        <div key={side}>
          <span className="text-xs font-medium uppercase text-slate-500">{label}</span>
          <p
            data-lqa-side={side}
            data-lqa-segment={segment.id}
            data-testid={`lqa-${side}`}
            className={`cursor-text select-text rounded border px-2 py-1 ${picked.side === side && typed ? 'border-sky-400 bg-sky-50' : 'border-slate-200 bg-white'}`}
          >
            {text}
          </p>
        </div>
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs">
          Side
          <select
            aria-label="Side"
            value={picked.side}
            onChange={(e) => setPicked({ side: e.target.value === 'source' ? 'source' : 'target', start: null, words: picked.words })}
            className="rounded border border-slate-300 px-1 py-1 text-sm"
          >
            <option value="target">target</option>
            <option value="source">source</option>
          </select>
        </label>
        <label className="flex min-w-40 flex-1 flex-col text-xs">
          Marked words
          <input
            id={`${id}-words`}
            value={picked.words}
            onChange={(e) => setPicked({ side: picked.side, start: null, words: e.target.value })}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
      </div>
      {typed && !span && (
        <p className="text-xs text-red-700">
          “{typed}” is not in the {picked.side} text. Select the words or type them exactly as written.
        </p>
      )}
      {span && span.count > 1 && picked.start === null && (
        <p className="text-xs text-amber-800">“{typed}” occurs {span.count} times; the first is marked. Select the words to mark another occurrence.</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs">
          Category
          <select aria-label="Category" value={category} onChange={(e) => setCategory(e.target.value)} className="rounded border border-slate-300 px-1 py-1 text-sm">
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs">
          Severity
          <select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value as LqaSeverity)} className="rounded border border-slate-300 px-1 py-1 text-sm">
            {severities.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-32 flex-1 flex-col text-xs">
          Note (optional)
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} className="rounded border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <Button type="submit" variant="primary" disabled={!span || mark.isPending}>
          Mark error
        </Button>
      </div>
      {mark.error && <Alert>{mark.error.message}</Alert>}
    </form>
  );
}
