'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { keys } from '../query-keys';

/** Sign in; on a fresh installation, create the first account, which becomes the admin. */
export function SignInForm({ next }: { next: string }) {
  const setup = useQuery({ queryKey: keys.setup, queryFn: () => api<{ needsSetup: boolean }>('/api/setup') });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = useWait();
  const firstRun = setup.data?.needsSetup ?? false;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (firstRun) await api('/api/setup', { method: 'POST', json: { name, email, password } });
      else await api('/api/auth/sign-in/email', { method: 'POST', json: { email, password } });
      // The password was right; without a session now, the browser did not keep the cookie.
      const { user } = await api<{ user: unknown }>('/api/me');
      if (!user) {
        setError(
          'The password was right, but your browser refused the session cookie, so you are not signed in. The server sends a https-only cookie when BETTER_AUTH_URL is https (or a trusted proxy says https), and this page is plain http — or the browser blocks cookies for this site. Open Lektorat over https, or ask your admin to set BETTER_AUTH_URL to the address you use.',
        );
        setBusy(false);
        return;
      }
      // A full load, so every query starts with the new session; `next` is a same-site path (checked by the page).
      window.location.assign(next);
    } catch (err) {
      const message = (err as Error).message;
      const retryAfter = err instanceof ApiError && err.status === 429 ? (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds : undefined;
      if (retryAfter) {
        waiting.start(retryAfter, /account/.test(message) ? 'for this account' : 'from your network');
        setError(null);
      } else setError(/invalid (email|password)/i.test(message) ? 'E-mail or password is wrong.' : message);
      setBusy(false);
    }
  };

  if (setup.isPending) return <p className="text-sm text-slate-500">Loading…</p>;
  return (
    <form
      className="mx-auto mt-10 max-w-sm space-y-4 rounded border border-slate-200 bg-white p-6"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h1 className="text-xl font-semibold">{firstRun ? 'Create the admin account' : 'Sign in to Lektorat'}</h1>
      {firstRun && <p className="text-sm text-slate-600">This is a new installation. The first account becomes the admin, who then adds translators and editors.</p>}
      {setup.error && <Alert>{setup.error.message}</Alert>}
      {firstRun && (
        <label className="block text-sm">
          Name
          <input required value={name} onChange={(e) => setName(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" autoComplete="name" />
        </label>
      )}
      <label className="block text-sm">
        E-mail
        <input required type="email" value={email} onChange={(e) => setEmail(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" autoComplete="email" />
      </label>
      <label className="block text-sm">
        Password
        <input
          required
          type="password"
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
          autoComplete={firstRun ? 'new-password' : 'current-password'}
        />
      </label>
      {error && <Alert>{error}</Alert>}
      {waiting.seconds > 0 && (
        <Alert>
          Too many sign-in attempts {waiting.what}. Wait {waiting.seconds} second{waiting.seconds === 1 ? '' : 's'}, then try again.
        </Alert>
      )}
      <Button type="submit" variant="primary" disabled={busy || waiting.seconds > 0} className="w-full">
        {busy ? 'Please wait…' : waiting.seconds > 0 ? `Sign in (in ${waiting.seconds} s)` : firstRun ? 'Create admin account' : 'Sign in'}
      </Button>
    </form>
  );
}

/** After a 429: the seconds left to wait, counting down, so the message stays true while the page is open. */
function useWait() {
  const [until, setUntil] = useState(0);
  const [what, setWhat] = useState('');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);
  return {
    seconds: Math.max(0, Math.ceil((until - now) / 1000)),
    what,
    start(seconds: number, reason: string) {
      const at = Date.now();
      setNow(at);
      setUntil(at + seconds * 1000);
      setWhat(reason);
    },
  };
}
