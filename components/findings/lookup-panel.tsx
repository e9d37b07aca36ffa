'use client';

import { Alert } from '../ui/alert';
import { useLookup } from './use-findings';

/**
 * Dictionary translations of the selected word (select a word in either column); the sense that its counterpart in
 * the segment's word alignment (the one the hover shows) matches comes first, marked "in this translation".
 */
export function LookupPanel({
  word,
  from,
  where,
}: {
  word: string | null;
  from: 'de' | 'en';
  where?: { segmentId: number; side: 'source' | 'target'; version: number };
}) {
  const result = useLookup(word, from, where);
  if (!word) return <p className="text-sm text-slate-500">Select a word in either column to look it up in the German–English dictionary (Ding, FreeDict).</p>;
  const data = result.data;
  return (
    <div className="space-y-2 text-sm" data-testid="lookup">
      <h3 className="font-semibold">
        {word} <span className="text-xs font-normal text-slate-500">({from === 'de' ? 'German → English' : 'English → German'})</span>
      </h3>
      {result.isPending && <p className="text-slate-500">Looking up…</p>}
      {result.error && <Alert>{result.error.message}</Alert>}
      {data && data.counterparts.length > 0 && (
        <p className="text-xs text-slate-600" data-testid="lookup-counterparts">
          Aligned with: <span className="font-medium">{data.counterparts.join(', ')}</span>
        </p>
      )}
      {data && data.translations.length === 0 && <p className="text-slate-500">Not in the dictionary.</p>}
      <ul className="list-disc pl-5" data-testid="lookup-senses">
        {data?.translations.map((t, i) => (
          <li key={t} data-aligned={i < data.aligned ? 'true' : undefined} className={i < data.aligned ? 'font-medium' : undefined}>
            {t}
            {i < data.aligned && <span className="ml-1 text-xs font-normal text-sky-700">(in this translation)</span>}
          </li>
        ))}
      </ul>
      <p className="text-[11px] text-slate-500">Dictionary: Ding (Frank Richter), GPL-2.0-or-later; FreeDict deu-eng/eng-deu, GPL-3.0/AGPL-3.0.</p>
    </div>
  );
}
