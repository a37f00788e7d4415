import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import { AuthCard } from '../auth-card';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if ((await auth())?.user?.id) redirect('/trees');
  // Auth.js sends failed callback sign-ins here with ?error=…
  const { error } = await searchParams;
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back to Audience Studio."
      footer={
        <>
          New here?{' '}
          <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-700">
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm initialError={error ? 'Wrong email or password.' : undefined} />
    </AuthCard>
  );
}
