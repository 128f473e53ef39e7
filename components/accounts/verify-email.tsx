'use client';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { confirmVerificationEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';

/** Confirms on arrival: following the mailed link is the whole action (confirming twice is harmless). */
export function VerifyEmail({ token, signedIn }: { token: string; signedIn: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<{ status: 'working' } | { status: 'done' } | { status: 'failed'; message: string }>({ status: 'working' });

  useEffect(() => {
    let cancelled = false;
    callEndpoint(confirmVerificationEndpoint, { params: { token } })
      .then(() => {
        if (cancelled) return;
        setState({ status: 'done' });
        router.refresh();
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: error instanceof ApiError ? error.message : '인증하지 못했습니다. 잠시 후 다시 시도해 주세요.' });
      });
    return () => {
      cancelled = true;
    };
  }, [token, router]);

  if (state.status === 'working') {
    return (
      <p role="status" className="flex items-center gap-2 text-stone-700">
        <Spinner /> 이메일을 인증하는 중…
      </p>
    );
  }
  if (state.status === 'done') {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">이메일 인증을 마쳤습니다. 이제 유료 게임을 열고 공간을 등록할 수 있어요.</Alert>
        <Link href={signedIn ? '/me' : '/login'} className="text-center font-medium text-brand-700 underline">
          {signedIn ? '내 정보로 가기' : '로그인하기'}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <Alert>{state.message}</Alert>
      <Link href={signedIn ? '/me' : '/login'} className="text-center font-medium text-brand-700 underline">
        {signedIn ? '내 정보에서 인증 메일 다시 받기' : '로그인하고 인증 메일 다시 받기'}
      </Link>
    </div>
  );
}
