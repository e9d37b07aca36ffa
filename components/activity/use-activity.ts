'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api';
import { keys } from '../query-keys';

export interface ActivityEntry {
  id: number;
  documentId: number | null;
  segmentId: number | null;
  actor: string;
  actorId: string | null;
  action: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** The route answers at most this many entries a page; a shorter page is the oldest one. */
const PAGE = 200;

/** The document's audit trail, newest first; fetchNextPage loads older entries. */
export function useActivity(documentId: number) {
  return useInfiniteQuery({
    queryKey: keys.activity(documentId),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<{ entries: ActivityEntry[] }>(`/api/documents/${documentId}/activity${pageParam ? `?before=${pageParam}` : ''}`).then((r) => r.entries),
    getNextPageParam: (last) => (last.length >= PAGE ? last[last.length - 1]?.id : undefined),
  });
}
