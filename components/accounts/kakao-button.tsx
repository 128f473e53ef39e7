'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Spinner } from '@/components/ui/spinner';

/** Kakao's own yellow (#FEE500) with near-black text, as their login button guidelines ask. */
export function KakaoButton({ next }: { next: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={() => {
        setPending(true);
        // A first login lands on the neighbourhood step; a known account goes on to `next`.
        void signIn('kakao', { callbackUrl: `/onboarding/kakao?next=${encodeURIComponent(next)}` });
      }}
      className="inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-[#FEE500] px-4 text-base font-semibold text-[#191919] hover:brightness-95 disabled:opacity-70"
    >
      {pending ? (
        <Spinner />
      ) : (
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5 fill-current">
          <path d="M12 3C6.5 3 2 6.6 2 11c0 2.8 1.9 5.3 4.7 6.7l-1 3.6c-.1.3.3.6.6.4l4.3-2.8c.5.1.9.1 1.4.1 5.5 0 10-3.6 10-8S17.5 3 12 3z" />
        </svg>
      )}
      카카오로 시작하기
    </button>
  );
}
