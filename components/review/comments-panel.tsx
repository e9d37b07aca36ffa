'use client';

import { useState } from 'react';
import { can, useMe } from '../account/use-me';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import type { Segment } from '../types';
import { useAddComment, useComments, useResolveThread } from './use-workflow';

/** Comment threads of the focused segment: start one, reply, resolve or reopen. */
export function CommentsPanel({ documentId, segment }: { documentId: number; segment: Segment | undefined }) {
  const me = useMe();
  const threads = useComments(documentId);
  const add = useAddComment(documentId);
  const resolve = useResolveThread(documentId);
  const [body, setBody] = useState('');
  const [replies, setReplies] = useState<Record<number, string>>({});
  if (!segment) return <p className="text-sm text-slate-500">Click a segment to see and write its comments.</p>;
  const mine = (threads.data ?? []).filter((t) => t.segmentId === segment.id);
  const mayWrite = can(me.data, 'translator');
  return (
    <div className="space-y-3 overflow-y-auto text-sm" data-testid="comments">
      <p className="text-xs text-slate-500">Segment {segment.position + 1}</p>
      {threads.error && <Alert>{threads.error.message}</Alert>}
      {add.error && <Alert>{add.error.message}</Alert>}
      {mine.length === 0 && <p className="text-slate-500">No comments on this segment yet.</p>}
      {mine.map((t) => (
        <section key={t.id} className={`rounded border p-2 ${t.resolvedAt ? 'border-slate-200 opacity-70' : 'border-amber-300'}`} data-testid="thread">
          {[t, ...t.replies].map((c) => (
            <div key={c.id} className="mb-1">
              <div className="text-xs text-slate-500">
                <b className="text-slate-700">{c.author}</b> · {new Date(c.createdAt).toLocaleString()}
              </div>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </div>
          ))}
          {t.resolvedAt && <p className="text-xs text-slate-500">Resolved by {t.resolvedBy}</p>}
          {mayWrite && (
            <div className="mt-1 space-y-1">
              <textarea
                aria-label="Reply"
                rows={2}
                value={replies[t.id] ?? ''}
                onChange={(e) => setReplies((r) => ({ ...r, [t.id]: e.target.value }))}
                className="w-full rounded border border-slate-300 px-2 py-1"
                placeholder="Reply…"
              />
              <div className="flex gap-1">
                <Button
                  className="!px-2 !py-0.5 text-xs"
                  disabled={!replies[t.id]?.trim()}
                  onClick={() => add.mutate({ segmentId: segment.id, body: replies[t.id] ?? '', threadId: t.id }, { onSuccess: () => setReplies((r) => ({ ...r, [t.id]: '' })) })}
                >
                  Reply
                </Button>
                <Button className="!px-2 !py-0.5 text-xs" onClick={() => resolve.mutate({ threadId: t.id, resolved: !t.resolvedAt })}>
                  {t.resolvedAt ? 'Reopen' : 'Resolve'}
                </Button>
              </div>
            </div>
          )}
        </section>
      ))}
      {mayWrite && (
        <form
          className="space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ segmentId: segment.id, body }, { onSuccess: () => setBody('') });
          }}
        >
          <textarea
            aria-label="New comment"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && body.trim()) {
                e.preventDefault();
                add.mutate({ segmentId: segment.id, body }, { onSuccess: () => setBody('') });
              }
            }}
            className="w-full rounded border border-slate-300 px-2 py-1"
            placeholder="Start a thread on this segment (Ctrl+Enter posts)"
          />
          <Button type="submit" variant="primary" disabled={!body.trim() || add.isPending}>
            Post comment
          </Button>
        </form>
      )}
    </div>
  );
}
