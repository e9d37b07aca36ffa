'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { keys } from '../query-keys';

export type Role = 'viewer' | 'translator' | 'editor' | 'admin';

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const RANK: Record<Role, number> = { viewer: 0, translator: 1, editor: 2, admin: 3 };

export function can(me: Me | null | undefined, atLeast: Role): boolean {
  return !!me && RANK[me.role] >= RANK[atLeast];
}

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => api<{ user: Me | null }>('/api/me').then((r) => r.user), staleTime: 60_000 });
}
