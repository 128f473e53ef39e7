import type { Metadata } from 'next';
import { VerifyEmail } from '@/components/accounts/verify-email';
import { Card } from '@/components/ui/card';
import { getSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '이메일 인증', referrer: 'no-referrer' };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, me] = await Promise.all([params, getSessionUser()]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">이메일 인증</h1>
      <Card>
        <VerifyEmail token={token} signedIn={Boolean(me)} />
      </Card>
    </div>
  );
}
