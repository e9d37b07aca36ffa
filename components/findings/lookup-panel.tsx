'use client';

import { Alert } from '../ui/alert';
import { useLookup } from './use-findings';

/** Dictionary translations of the selected word (select a word in either column). */
export function LookupPanel({ word, from }: { word: string | null; from: 'de' | 'en' }) {
  const result = useLookup(word, from);
  if (!word) return <p className="text-sm text-slate-500">Select a word in either column to look it up in the German–English dictionary (Ding).</p>;
  return (
    <div className="space-y-2 text-sm" data-testid="lookup">
      <h3 className="font-semibold">
        {word} <span className="text-xs font-normal text-slate-500">({from === 'de' ? 'German → English' : 'English → German'})</span>
      </h3>
      {result.isPending && <p className="text-slate-500">Looking up…</p>}
      {result.error && <Alert>{result.error.message}</Alert>}
      {result.data && result.data.length === 0 && <p className="text-slate-500">Not in the dictionary.</p>}
      <ul className="list-disc pl-5">
        {result.data?.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="text-[11px] text-slate-500">Dictionary: Ding (Frank Richter), GPL-2.0-or-later.</p>
    </div>
  );
}
