import type { ReactNode } from 'react';

const TONE = {
  error: 'border-red-300 bg-red-50 text-red-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  info: 'border-sky-300 bg-sky-50 text-sky-900',
} as const;

export function Alert({ tone = 'error', children }: { tone?: keyof typeof TONE; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border px-3 py-2 text-sm ${TONE[tone]}`}>
      {children}
    </div>
  );
}
