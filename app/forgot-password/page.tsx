import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/accounts/forgot-password-form';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: '비밀번호 찾기' };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">비밀번호 찾기</h1>
      <Card>
        <ForgotPasswordForm />
      </Card>
    </div>
  );
}
