import { chainDiff, type ChainVersion } from '@/lib/diff';

// One colour per person in the chain (0 is the machine translation, which only ever "introduces" text).
const AUTHOR_TONE = ['', 'text-emerald-800 bg-emerald-100 decoration-emerald-600', 'text-violet-800 bg-violet-100 decoration-violet-600', 'text-sky-800 bg-sky-100 decoration-sky-600'];

/** Track changes across machine translation → translator → editor, each change marked with who made it. */
export function ChainDiffView({ chain }: { chain: ChainVersion[] }) {
  const parts = chainDiff(chain);
  return (
    <span className="whitespace-pre-wrap" data-testid="track-changes">
      {parts.map((p, i) => {
        const who = p.by !== undefined ? chain[p.by] : undefined;
        const tone = AUTHOR_TONE[Math.min(p.by ?? 0, AUTHOR_TONE.length - 1)] ?? '';
        const title = who ? `${p.kind === 'insert' ? 'inserted' : 'deleted'} by ${who.author} (${who.label})` : undefined;
        if (p.kind === 'equal') return <span key={i}>{p.text}</span>;
        if (p.kind === 'insert')
          return (
            <ins key={i} className={`underline ${tone}`} title={title} data-author={who?.author}>
              {p.text}
            </ins>
          );
        return (
          <del key={i} className={`line-through opacity-80 ${tone}`} title={title} data-author={who?.author}>
            {p.text}
          </del>
        );
      })}
    </span>
  );
}

export function ChainLegend({ chain }: { chain: ChainVersion[] }) {
  return (
    <span className="flex flex-wrap gap-2 text-[11px] text-slate-500">
      {chain.map((v, i) => (
        <span key={i} className={i === 0 ? '' : `rounded px-1 ${AUTHOR_TONE[Math.min(i, AUTHOR_TONE.length - 1)]}`}>
          {i === 0 ? `${v.label}` : `${v.author}`}
        </span>
      ))}
    </span>
  );
}
