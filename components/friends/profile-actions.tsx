'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { addFriendEndpoint, blockEndpoint, openDirectEndpoint, unblockEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';

/** Opens (or creates) the direct room with `userId` and goes there. */
export function useOpenDirect() {
  const router = useRouter();
  return async (userId: number) => {
    const room = await callEndpoint(openDirectEndpoint, { body: { userId } });
    router.push(`/chat/${room.id}`);
  };
}

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : '잠시 후 다시 시도해 주세요.');

/** 친구 추가 / 메시지 / 차단 on someone else's profile. */
export function ProfileActions({ userId, isFriend, isBlocked }: { userId: number; isFriend: boolean; isBlocked: boolean }) {
  const router = useRouter();
  const openDirect = useOpenDirect();
  const [pending, setPending] = useState<'friend' | 'message' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: 'friend' | 'message', work: () => Promise<unknown>) {
    setError(null);
    setPending(kind);
    try {
      await work();
      router.refresh();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="mt-4 flex flex-col gap-3">
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        {isFriend ? (
          <span className="inline-flex min-h-11 items-center rounded-lg bg-brand-50 px-4 font-semibold text-brand-800">친구</span>
        ) : (
          !isBlocked && (
            <Button loading={pending === 'friend'} onClick={() => run('friend', () => callEndpoint(addFriendEndpoint, { body: { userId } }))}>
              친구 추가
            </Button>
          )
        )}
        {!isBlocked && (
          <Button variant="secondary" loading={pending === 'message'} onClick={() => run('message', () => openDirect(userId))}>
            메시지
          </Button>
        )}
        {isBlocked ? (
          <Button variant="secondary" onClick={() => run('friend', () => callEndpoint(unblockEndpoint, { params: { id: userId } }))}>
            차단 해제
          </Button>
        ) : (
          <ConfirmButton
            title="이 이웃을 차단할까요?"
            description="서로의 친구 목록에서 빠지고, 상대는 나에게 메시지를 보내거나 검색으로 나를 찾을 수 없어요."
            confirmLabel="차단"
            pendingLabel="차단하는 중…"
            onConfirm={() => callEndpoint(blockEndpoint, { params: { id: userId } })}
            after="refresh"
          >
            차단
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
