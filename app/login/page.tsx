import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/accounts/login-form';
import { Card } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '로그인' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect('/');
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">로그인</h1>
      <Card>
        <LoginForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : null} />
      </Card>
    </div>
  );
}
