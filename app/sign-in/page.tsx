import { SignInForm } from '@/components/account/sign-in-form';
import { safeNextPath } from '@/lib/auth';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInForm next={safeNextPath(typeof next === 'string' ? next : undefined)} />;
}
