import type { DiffPart } from '@/lib/diff';

/** Word-level track changes: deletions struck through in red, insertions underlined in green. */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="whitespace-pre-wrap">
      {parts.map((p, i) =>
        p.kind === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'insert' ? (
          <ins key={i} className="diff-ins" title="inserted">
            {p.text}
          </ins>
        ) : (
          <del key={i} className="diff-del" title="deleted">
            {p.text}
          </del>
        ),
      )}
    </span>
  );
}
