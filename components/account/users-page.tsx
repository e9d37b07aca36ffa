'use client';

import { useState } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useDialogs } from '../ui/dialogs';
import { ResetPasswordDialog } from './reset-password-dialog';
import { useMe, type Role } from './use-me';
import { useCreateUser, useSetActive, useSetRole, useUsers, type UserRow } from './use-users';

const ROLES: { value: Role; label: string }[] = [
  { value: 'viewer', label: 'Viewer — reads and exports' },
  { value: 'translator', label: 'Translator — edits and submits' },
  { value: 'editor', label: 'Editor — also approves and rejects' },
  { value: 'admin', label: 'Admin — also users and settings' },
];

/** Admins add people, set their roles, deactivate accounts and reset passwords. */
export function UsersPage() {
  const me = useMe();
  const users = useUsers();
  const create = useCreateUser();
  const setRole = useSetRole();
  const setActive = useSetActive();
  const dialogs = useDialogs();
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const deactivate = async (u: UserRow) => {
    const ok = await dialogs.confirm({
      title: `Deactivate ${u.name}?`,
      message: `${u.name} is signed out at once and cannot sign in until an admin reactivates the account. Their work stays.`,
      confirmLabel: 'Deactivate',
      tone: 'danger',
    });
    if (ok) setActive.mutate({ id: u.id, active: false });
  };
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
            <th>Status</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.data?.map((u) => (
            <tr key={u.id} data-testid="user-row">
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
              <td>{u.active ? 'Active' : <span className="font-medium text-red-800">Deactivated</span>}</td>
              <td className="space-x-1 whitespace-nowrap text-right">
                {u.id !== me.data?.id && (
                  <>
                    {u.active ? (
                      <Button variant="danger" className="!py-0.5" onClick={() => void deactivate(u)} aria-label={`Deactivate ${u.name}`}>
                        Deactivate
                      </Button>
                    ) : (
                      <Button className="!py-0.5" onClick={() => setActive.mutate({ id: u.id, active: true })} aria-label={`Reactivate ${u.name}`}>
                        Reactivate
                      </Button>
                    )}
                    <Button className="!py-0.5" onClick={() => setResetting(u)} aria-label={`Reset the password of ${u.name}`}>
                      Reset password
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {setRole.error && <Alert>{setRole.error.message}</Alert>}
      {setActive.error && <Alert>{setActive.error.message}</Alert>}
      {resetting && <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />}
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
