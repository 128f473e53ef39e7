import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/accounts/reset-password-form';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: '새 비밀번호 정하기', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">새 비밀번호 정하기</h1>
      <Card>
        <ResetPasswordForm token={token} />
      </Card>
    </div>
  );
}
