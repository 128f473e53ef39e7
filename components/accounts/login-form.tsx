'use client';
import { signIn } from 'next-auth/react';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { LoginErrorCode } from '@/lib/auth/next-auth-options';
import { safePath } from '@/lib/http/safe-path';
import { KakaoButton } from './kakao-button';

const messages: Record<LoginErrorCode | 'kakao_failed', string> = {
  invalid_credentials: '이메일 또는 비밀번호가 올바르지 않습니다.',
  rate_limited: '로그인 시도가 너무 많습니다. 15분 뒤에 다시 시도해 주세요.',
  busy: '지금 로그인하는 분이 많습니다. 잠시 후 다시 시도해 주세요.',
  account_deleted: '탈퇴한 계정입니다. 30일 이내라면 계정을 복구할 수 있습니다.',
  banned: '운영 정책 위반으로 이용이 제한된 계정입니다.',
  kakao_failed: '카카오 로그인에 실패했습니다. 다시 시도해 주세요.',
};

/** next-auth sends OAuth failures back as ?error=<code>: ours by name, any of its own as a Kakao failure. */
const fromQuery = (error: string | null) =>
  !error ? null : error in messages ? (error as keyof typeof messages) : ('kakao_failed' as const);

type Props = { callbackUrl: string | null; error: string | null; kakao: boolean; notice?: string; /** Why a page sent the visitor here. */ reason?: string };

export function LoginForm({ callbackUrl, error: queryError, kakao, notice, reason }: Props) {
  const router = useRouter();
  const [error, setError] = useState<keyof typeof messages | 'network' | null>(fromQuery(queryError));
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const form = new FormData(e.currentTarget);
    setPending(true);
    const result = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    }).catch(() => undefined);
    if (result?.ok) {
      router.push(safePath(callbackUrl));
      router.refresh();
      return;
    }
    setPending(false);
    setError(!result ? 'network' : ((result.error as LoginErrorCode) in messages ? (result.error as LoginErrorCode) : 'invalid_credentials'));
  }

  return (
    // method="post": submitted before hydration, a form must not put the password in the URL.
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4">
      {notice && !error && <Alert tone="success">{notice}</Alert>}
      {reason && !notice && !error && (
        <Alert tone="info">
          <span data-testid="login-reason">{reason}</span>
        </Alert>
      )}
      {error && (
        <Alert>
          {error === 'network' ? '네트워크에 연결할 수 없습니다.' : messages[error]}
          {error === 'account_deleted' && (
            <>
              {' '}
              <Link href="/restore" className="font-semibold underline">
                계정 복구하기
              </Link>
            </>
          )}
        </Alert>
      )}
      <TextField label="이메일" name="email" type="email" autoComplete="email" required />
      <TextField label="비밀번호" name="password" type="password" autoComplete="current-password" required />
      <Link href="/forgot-password" className="-mt-2 self-end text-sm font-medium text-brand-700 underline">
        비밀번호를 잊으셨나요?
      </Link>
      <Button type="submit" loading={pending}>
        {pending ? '로그인 중…' : '로그인'}
      </Button>
      {kakao && (
        <>
          <p className="flex items-center gap-3 text-xs text-stone-500 before:h-px before:flex-1 before:bg-stone-200 after:h-px after:flex-1 after:bg-stone-200">
            또는
          </p>
          <KakaoButton next={safePath(callbackUrl)} />
        </>
      )}
      <p className="text-center text-sm text-stone-600">
        처음이신가요?{' '}
        <Link href="/signup" className="font-medium text-brand-700 underline">
          회원가입
        </Link>
        <span aria-hidden> · </span>
        <Link href="/restore" className="font-medium text-brand-700 underline">
          탈퇴 계정 복구
        </Link>
      </p>
    </form>
  );
}
