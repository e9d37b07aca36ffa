'use client';

import Link from 'next/link';
import { api } from '../api';
import { can, useMe } from './use-me';

/** Who is signed in, with links to account and users, and sign-out. */
export function UserMenu() {
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className="flex items-center gap-3 text-sm">
      {can(me.data, 'admin') && (
        <Link href="/users" className="hover:underline">
          Users
        </Link>
      )}
      <Link href="/account" className="text-slate-700 hover:underline" data-testid="signed-in-as">
        {me.data.name} <span className="text-slate-500">({me.data.role})</span>
      </Link>
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50"
        onClick={async () => {
          await api('/api/auth/sign-out', { method: 'POST', json: {} }).catch(() => undefined);
          window.location.assign('/sign-in');
        }}
      >
        Sign out
      </button>
    </div>
  );
}
