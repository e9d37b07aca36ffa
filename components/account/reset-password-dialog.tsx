'use client';

import { useState } from 'react';
import { Alert } from '../ui/alert';
import { Dialog } from '../ui/dialog';
import { useResetPassword, type UserRow } from './use-users';

/** An admin sets a temporary password for someone (typed, or generated and shown here once); their sessions end. */
export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const tooShort = password.length > 0 && password.length < 8;

  if (reset.data) {
    return (
      <Dialog
        key="result"
        title={`New password for ${user.name}`}
        message={
          <>
            <p>
              Give it to {user.name} in person or by phone; it is shown only now. They are signed out everywhere and can change it under
              their name after signing in.
            </p>
            <p className="mt-2">
              <code data-testid="new-password" className="select-all rounded bg-slate-100 px-2 py-1 font-mono text-base text-slate-900">
                {reset.data.password}
              </code>
            </p>
          </>
        }
        confirmLabel="Done"
        cancelLabel="Close"
        onConfirm={onClose}
        onCancel={onClose}
      />
    );
  }
  return (
    <Dialog
      key="form"
      title={`Reset the password of ${user.name}`}
      message={`${user.name} is signed out on every device. Type a temporary password, or leave the field empty and Lektorat generates one.`}
      confirmLabel={reset.isPending ? 'Resetting…' : password ? 'Set this password' : 'Generate a password'}
      tone="danger"
      confirmDisabled={reset.isPending || tooShort}
      onConfirm={() => reset.mutate({ id: user.id, ...(password ? { password } : {}) })}
      onCancel={onClose}
    >
      <label className="block text-sm">
        Temporary password (optional)
        <input
          type="text"
          value={password}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={tooShort}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1 font-mono"
        />
      </label>
      {tooShort && <p className="text-sm text-red-700">A password needs at least 8 characters.</p>}
      {reset.error && <Alert>{reset.error.message}</Alert>}
    </Dialog>
  );
}
