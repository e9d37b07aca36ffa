'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { Role } from './use-me';
import { keys } from '../query-keys';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** False once an admin deactivated the account. */
  active: boolean;
  createdAt: string;
}


export function useUsers() {
  return useQuery({ queryKey: keys.users, queryFn: () => api<{ users: UserRow[] }>('/api/users').then((r) => r.users) });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; email: string; password: string; role: Role }) => api('/api/users', { method: 'POST', json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useSetRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; role: Role }) => api(`/api/users/${v.id}`, { method: 'PATCH', json: { role: v.role } }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useSetActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; active: boolean }) => api(`/api/users/${v.id}/active`, { method: 'PUT', json: { active: v.active } }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

/** Without a password the server generates one; the answer carries it, to be shown once. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (v: { id: string; password?: string }) =>
      api<{ password: string; generated: boolean }>(`/api/users/${v.id}/password`, { method: 'POST', json: v.password ? { password: v.password } : {} }),
  });
}
