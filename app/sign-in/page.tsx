import { SignInForm } from '@/components/account/sign-in-form';
// The module itself, not lib/auth's index: this page needs none of the server's database or check code.
import { safeNextPath } from '@/lib/auth/next-path';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInForm next={safeNextPath(typeof next === 'string' ? next : undefined)} />;
}
