'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { useMe } from './use-me';

export function AccountPage() {
  const me = useMe();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => api('/api/auth/change-password', { method: 'POST', json: { currentPassword, newPassword, revokeOtherSessions: true } }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
    },
  });
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-xl font-semibold">Your account</h1>
      {me.data && (
        <p className="text-sm text-slate-700">
          {me.data.name} · {me.data.email} · {me.data.role}
        </p>
      )}
      <form
        className="space-y-2 rounded border border-slate-200 bg-white p-4 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate();
        }}
      >
        <h2 className="font-semibold">Change password</h2>
        <label className="block">
          Current password
          <input required type="password" value={currentPassword} onChange={(e) => setCurrent(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" autoComplete="current-password" />
        </label>
        <label className="block">
          New password (at least 8 characters)
          <input required minLength={8} type="password" value={newPassword} onChange={(e) => setNew(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" autoComplete="new-password" />
        </label>
        {change.error && <Alert>{/invalid password/i.test(change.error.message) ? 'The current password is wrong.' : change.error.message}</Alert>}
        {change.isSuccess && <Alert tone="info">Password changed. Other sessions were signed out.</Alert>}
        <Button type="submit" variant="primary" disabled={change.isPending}>
          Change password
        </Button>
      </form>
    </div>
  );
}
