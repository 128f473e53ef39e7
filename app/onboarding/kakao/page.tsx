import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { KakaoOnboarding } from '@/components/accounts/kakao-onboarding';
import { CancelSignupButton } from '@/components/accounts/session-buttons';
import { Alert } from '@/components/ui/alert';
import { getDb } from '@/db/client';
import { getOAuthSignup } from '@/lib/accounts/oauth';
import { getSessionUser } from '@/lib/auth/server-session';
import { readPendingSignup } from '@/lib/auth/session-cookie';
import { safePath } from '@/lib/http/safe-path';

export const metadata: Metadata = { title: '카카오로 시작하기' };

/**
 * Where every Kakao login lands: a known account goes straight on; a first login picks its
 * neighbourhood here (the proxy sends every other page here until it has).
 */
export default async function KakaoOnboardingPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safePath(typeof next === 'string' ? next : undefined);
  if (await getSessionUser()) redirect(target);
  const jar = await cookies();
  const signupId = await readPendingSignup(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
  const signup = signupId ? await getOAuthSignup(getDb(), signupId) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">카카오로 시작하기</h1>
      {signup ? (
        <KakaoOnboarding nickname={signup.nickname} email={signup.email} existingAccount={signup.existingAccount} next={target} />
      ) : (
        <Alert>카카오 로그인 정보가 없거나 만료되었습니다. 처음부터 다시 시작해 주세요.</Alert>
      )}
      <div className="mt-4 flex flex-col">
        {signupId ? (
          <CancelSignupButton />
        ) : (
          <Link href="/login" className="text-center font-medium text-brand-700 underline">
            로그인 화면으로
          </Link>
        )}
      </div>
    </div>
  );
}
