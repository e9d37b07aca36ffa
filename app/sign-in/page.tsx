import { SignInForm } from '@/components/account/sign-in-form';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return <SignInForm next={next ?? '/'} />;
}
