'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { revokeSessionsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

/** next-auth's client is loaded on click: the header's button is on every page, its library need not be. */
const signOutToLogin = () => import('next-auth/react').then(({ signOut }) => signOut({ callbackUrl: '/login' }));

export function LogoutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      className="min-h-9 px-2 text-sm"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOutToLogin();
      }}
    >
      로그아웃
    </Button>
  );
}

export function LogoutEverywhereButton() {
  // Signing out leaves for the login page: busy until it shows.
  const { run, pending, error } = useAction(
    async () => {
      await callEndpoint(revokeSessionsEndpoint);
      await signOutToLogin();
    },
    { stayBusy: true },
  );
  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" loading={pending} onClick={() => run()}>
        모든 기기에서 로그아웃
      </Button>
      {error && <p className="text-sm text-red-700">로그아웃하지 못했습니다. 다시 시도해 주세요.</p>}
    </div>
  );
}

/** Drops a half-finished Kakao signup (its cookie) and goes back to the login page. */
export function CancelSignupButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOutToLogin();
      }}
    >
      취소하고 로그인 화면으로
    </Button>
  );
}
