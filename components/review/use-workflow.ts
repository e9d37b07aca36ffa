'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ChainVersion } from '@/lib/diff';
import { api } from '../api';
import { useDialogs } from '../ui/dialogs';
import type { Segment } from '../types';
import { keys } from '../query-keys';

export type ReviewAction = 'submit' | 'approve' | 'reject' | 'rebut' | 'reopen';

export interface ReviewEntry {
  id: number;
  segmentId: number;
  action: ReviewAction;
  version: number;
  author: string;
  comment: string | null;
  createdAt: string;
}

export interface CommentRow {
  id: number;
  segmentId: number;
  threadId: number | null;
  author: string;
  body: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  createdAt: string;
}

export interface Thread extends CommentRow {
  replies: CommentRow[];
}

export interface PresenceEntry {
  userId: string;
  name: string;
  segmentId: number | null;
}

function useRefreshDocument(documentId: number) {
  const qc = useQueryClient();
  return () => {
    for (const key of [keys.document(documentId), keys.findings.of(documentId), keys.reviews(documentId), keys.comments(documentId), keys.changes(documentId), keys.documents]) {
      void qc.invalidateQueries({ queryKey: key });
    }
  };
}

export function useReviewAction(documentId: number) {
  const refresh = useRefreshDocument(documentId);
  return useMutation({
    mutationFn: (v: { segment: Segment; action: ReviewAction; comment?: string }) =>
      api<{ segment: Segment }>(`/api/segments/${v.segment.id}/review`, {
        method: 'POST',
        json: { action: v.action, baseVersion: v.segment.version, ...(v.comment ? { comment: v.comment } : {}) },
      }),
    onSettled: refresh,
  });
}

export function useBulkApprove(documentId: number) {
  const refresh = useRefreshDocument(documentId);
  const dialogs = useDialogs();
  return useMutation({
    mutationFn: async () => {
      const { count } = await api<{ count: number }>(`/api/documents/${documentId}/approve-all`);
      if (count === 0) return { approved: 0, asked: false };
      const segments = `${count} submitted segment${count === 1 ? '' : 's'}`;
      const ok = await dialogs.confirm({ title: `Approve ${segments}?`, message: `All ${segments} without open findings will be approved.`, confirmLabel: `Approve ${count}` });
      if (!ok) return { approved: 0, asked: true };
      return { ...(await api<{ approved: number }>(`/api/documents/${documentId}/approve-all`, { method: 'POST', json: { expected: count } })), asked: true };
    },
    onSettled: refresh,
  });
}

export function useReviews(documentId: number) {
  return useQuery({
    queryKey: keys.reviews(documentId),
    queryFn: () => api<{ reviews: ReviewEntry[] }>(`/api/documents/${documentId}/reviews`).then((r) => r.reviews),
  });
}

export function useChanges(documentId: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.changes(documentId),
    enabled,
    queryFn: () => api<{ chains: Record<number, ChainVersion[]> }>(`/api/documents/${documentId}/changes`).then((r) => r.chains),
  });
}

export function useComments(documentId: number) {
  return useQuery({
    queryKey: keys.comments(documentId),
    queryFn: () => api<{ threads: Thread[] }>(`/api/documents/${documentId}/comments`).then((r) => r.threads),
  });
}

export function useAddComment(documentId: number) {
  const refresh = useRefreshDocument(documentId);
  return useMutation({
    mutationFn: (v: { segmentId: number; body: string; threadId?: number }) => api(`/api/documents/${documentId}/comments`, { method: 'POST', json: v }),
    onSettled: refresh,
  });
}

export function useResolveThread(documentId: number) {
  const refresh = useRefreshDocument(documentId);
  return useMutation({
    mutationFn: (v: { threadId: number; resolved: boolean }) => api(`/api/comments/${v.threadId}`, { method: 'PATCH', json: { resolved: v.resolved } }),
    onSettled: refresh,
  });
}

/**
 * Live co-review: asks every second whether the document changed (a small stamp) and refetches only then;
 * reports which segment this user is on, so others see it.
 */
export function usePulse(documentId: number, segmentId: number | null) {
  const refresh = useRefreshDocument(documentId);
  const stamp = useRef<string | null>(null);
  const pulse = useQuery({
    queryKey: keys.pulse(documentId),
    queryFn: () => api<{ stamp: string; presence: PresenceEntry[] }>(`/api/documents/${documentId}/pulse`),
    refetchInterval: 1_000,
    refetchIntervalInBackground: false,
  });
  useEffect(() => {
    const s = pulse.data?.stamp;
    if (!s) return;
    if (stamp.current !== null && stamp.current !== s) refresh();
    stamp.current = s;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pulse.data?.stamp]);
  useEffect(() => {
    const report = () => void api(`/api/documents/${documentId}/pulse`, { method: 'POST', json: { segmentId } }).catch(() => undefined);
    report();
    const timer = window.setInterval(report, 5_000);
    return () => window.clearInterval(timer);
  }, [documentId, segmentId]);
  return pulse.data?.presence ?? [];
}
