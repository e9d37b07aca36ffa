'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useDocument } from '../review/use-document';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ACTION_LABEL, describeActivity } from './describe';
import { useActivity } from './use-activity';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** A document's audit trail, newest first, filterable by action and person; read-only by design. */
export function ActivityPage({ documentId }: { documentId: number }) {
  const doc = useDocument(documentId);
  const activity = useActivity(documentId);
  const [action, setAction] = useState('');
  const [person, setPerson] = useState('');

  const entries = useMemo(() => activity.data?.pages.flat() ?? [], [activity.data]);
  const positions = useMemo(() => new Map(doc.data?.segments.map((s) => [s.id, s.position + 1]) ?? []), [doc.data]);
  const actions = [...new Set(entries.map((e) => e.action))].sort((a, b) => (ACTION_LABEL[a] ?? a).localeCompare(ACTION_LABEL[b] ?? b));
  const people = [...new Set(entries.map((e) => e.actor))].sort((a, b) => a.localeCompare(b));
  const shown = entries.filter((e) => (!action || e.action === action) && (!person || e.actor === person));

  return (
    <div className="space-y-3">
      <div>
        <Link href={`/documents/${documentId}`} className="text-sm text-sky-700 hover:underline">
          ← Back to the document
        </Link>
        <h1 className="text-xl font-semibold">Activity{doc.data ? ` — ${doc.data.title}` : ''}</h1>
        <p className="text-sm text-slate-600">Everything done to this document, newest first. The trail is kept as it happened: nothing in it can be changed or deleted.</p>
      </div>

      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col text-xs">
          Action
          <select aria-label="Filter by action" value={action} onChange={(e) => setAction(e.target.value)} className="rounded border border-slate-300 px-1 py-1 text-sm">
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABEL[a] ?? a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs">
          Person
          <select aria-label="Filter by person" value={person} onChange={(e) => setPerson(e.target.value)} className="rounded border border-slate-300 px-1 py-1 text-sm">
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <Link href={`/documents/${documentId}/stats`} className="ml-auto text-sm text-sky-700 hover:underline">
          Statistics and LQA →
        </Link>
      </div>

      {activity.error && <Alert>{activity.error.message}</Alert>}
      {activity.isPending && <p className="text-sm text-slate-500">Loading the activity…</p>}
      {activity.data && (
        <table className="w-full border-collapse text-sm" aria-label="Activity">
          <thead>
            <tr className="border-b border-slate-300 text-left text-xs uppercase text-slate-500">
              <th className="py-1 pr-3 font-medium">When</th>
              <th className="py-1 pr-3 font-medium">Who</th>
              <th className="py-1 font-medium">What</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id} data-testid="activity-entry" data-action={e.action} className="border-b border-slate-100 align-top">
                <td className="whitespace-nowrap py-1 pr-3 tabular-nums text-slate-600">
                  <time dateTime={e.createdAt}>{when(e.createdAt)}</time>
                </td>
                <td className="whitespace-nowrap py-1 pr-3">{e.actor}</td>
                <td className="py-1">{describeActivity(e, (id) => positions.get(id))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {activity.data && shown.length === 0 && (
        <p className="text-sm text-slate-500">{entries.length === 0 ? 'Nothing has happened to this document yet.' : 'No loaded entry matches the filters.'}</p>
      )}
      {(action || person) && activity.hasNextPage && (
        <p className="text-xs text-slate-500">The filters apply to the {entries.length} entries loaded; load older entries to search further back.</p>
      )}
      {activity.hasNextPage && (
        <Button disabled={activity.isFetchingNextPage} onClick={() => void activity.fetchNextPage()}>
          {activity.isFetchingNextPage ? 'Loading…' : 'Load older'}
        </Button>
      )}
    </div>
  );
}
