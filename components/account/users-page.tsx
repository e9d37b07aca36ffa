'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useMe, type Role } from './use-me';
import { keys } from '../query-keys';

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
}

const ROLES: { value: Role; label: string }[] = [
  { value: 'viewer', label: 'Viewer — reads and exports' },
  { value: 'translator', label: 'Translator — edits and submits' },
  { value: 'editor', label: 'Editor — also approves and rejects' },
  { value: 'admin', label: 'Admin — also users and settings' },
];

/** Admins add people and set their roles. */
export function UsersPage() {
  const qc = useQueryClient();
  const me = useMe();
  const users = useQuery({ queryKey: keys.users, queryFn: () => api<{ users: UserRow[] }>('/api/users').then((r) => r.users) });
  const create = useMutation({
    mutationFn: (body: { name: string; email: string; password: string; role: Role }) => api('/api/users', { method: 'POST', json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
  const setRole = useMutation({
    mutationFn: (v: { id: string; role: Role }) => api(`/api/users/${v.id}`, { method: 'PATCH', json: { role: v.role } }),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setNewRole] = useState<Role>('translator');
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-xl font-semibold">Users</h1>
      {users.error && <Alert>{users.error.message}</Alert>}
      <table className="w-full text-sm" aria-label="Users">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Name</th>
            <th>E-mail</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.data?.map((u) => (
            <tr key={u.id}>
              <td className="py-1.5">{u.name}</td>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`Role of ${u.name}`}
                  value={u.role}
                  disabled={u.id === me.data?.id}
                  onChange={(e) => setRole.mutate({ id: u.id, role: e.target.value as Role })}
                  className="rounded border border-slate-300 px-1 py-0.5"
                >
                  {ROLES.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {setRole.error && <Alert>{setRole.error.message}</Alert>}
      <form
        className="space-y-2 rounded border border-slate-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { name, email, password, role },
            {
              onSuccess: () => {
                setName('');
                setEmail('');
                setPassword('');
              },
            },
          );
        }}
      >
        <h2 className="font-semibold">Add a person</h2>
        <p className="text-sm text-slate-600">Give them the e-mail and the initial password; they can change the password under their name.</p>
        <div className="flex flex-wrap gap-2 text-sm">
          <label className="flex flex-col">
            Name
            <input required value={name} onChange={(e) => setName(e.target.value)} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            E-mail
            <input required type="email" value={email} onChange={(e) => setEmail(e.target.value)} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            Initial password
            <input required minLength={8} type="password" value={password} onChange={(e) => setPassword(e.target.value)} className="rounded border border-slate-300 px-2 py-1" autoComplete="new-password" />
          </label>
          <label className="flex flex-col">
            Role
            <select aria-label="Role" value={role} onChange={(e) => setNewRole(e.target.value as Role)} className="rounded border border-slate-300 px-2 py-1">
              {ROLES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {create.error && <Alert>{create.error.message}</Alert>}
        {create.isSuccess && <Alert tone="info">Account created.</Alert>}
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Add person
        </Button>
      </form>
    </div>
  );
}
