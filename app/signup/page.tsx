import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { KakaoButton } from '@/components/accounts/kakao-button';
import { SignupForm } from '@/components/accounts/signup-form';
import { Card } from '@/components/ui/card';
import { kakaoEnabled } from '@/lib/auth/kakao';
import { getSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '회원가입' };

export default async function SignupPage() {
  if (await getSessionUser()) redirect('/');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">회원가입</h1>
      <Card>
        <SignupForm />
      </Card>
      {kakaoEnabled() && (
        <div className="mt-4 flex flex-col">
          <KakaoButton next="/" />
        </div>
      )}
    </div>
  );
}
