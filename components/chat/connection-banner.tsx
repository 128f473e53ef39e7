'use client';
import Link from '@/components/ui/link';
import { useSocketStatus } from '@/components/realtime/socket-provider';

/** Says when live updates are paused; sending still works over HTTP meanwhile. */
export function ConnectionBanner() {
  const status = useSocketStatus();
  if (status === 'connected' || status === 'connecting') return null;
  return (
    <p role="status" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      {status === 'unauthorized' ? (
        <>
          로그인이 만료되어 실시간 연결이 끊겼어요.{' '}
          <Link href="/login" className="font-semibold underline">
            다시 로그인
          </Link>
        </>
      ) : (
        '연결이 끊겼어요. 다시 연결하는 중…'
      )}
    </p>
  );
}
