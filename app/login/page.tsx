import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/accounts/login-form';
import { Card } from '@/components/ui/card';
import { kakaoEnabled } from '@/lib/auth/kakao';
import { getSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '로그인' };

type Search = { callbackUrl?: string; error?: string; reset?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  if (await getSessionUser()) redirect('/');
  const { callbackUrl, error, reset } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">로그인</h1>
      <Card>
        <LoginForm
          callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : null}
          error={typeof error === 'string' ? error : null}
          kakao={kakaoEnabled()}
          notice={reset ? '비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.' : undefined}
          reason={typeof callbackUrl === 'string' && callbackUrl !== '/' ? '이 페이지는 동네 이웃만 볼 수 있어요. 로그인하면 보던 페이지로 바로 돌아갈게요.' : undefined}
        />
      </Card>
    </div>
  );
}
