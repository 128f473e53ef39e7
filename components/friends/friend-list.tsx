'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { FriendView } from '@/lib/friends/schema';
import { blockEndpoint, listFriendsEndpoint, removeFriendEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import type { PageInfo } from '@/lib/core/pagination';
import { friendKeys } from './friend-keys';
import { PresenceBadge } from './presence-badge';
import { useOpenDirect } from './profile-actions';

type FriendPage = { items: FriendView[]; page: PageInfo };

/** My friends with live presence; each row opens the direct room, removes or blocks. */
export function FriendList() {
  const queryClient = useQueryClient();
  const friends = useQuery({
    queryKey: friendKeys.list,
    queryFn: ({ signal }) => callEndpoint(listFriendsEndpoint, { query: { size: 100 }, signal }),
    staleTime: 10_000,
  });
  useSocketEvent('presence:changed', ({ userId, online, lastSeenAt }) =>
    queryClient.setQueryData<FriendPage>(friendKeys.list, (old) =>
      old && { ...old, items: old.items.map((f) => (f.user.id === userId ? { ...f, presence: { online, lastSeenAt } } : f)) },
    ),
  );
  useResyncOnConnect(friendKeys.list);

  if (friends.isPending) return <LoadingState label="친구 목록을 불러오는 중…" />;
  if (friends.isError) {
    return <ErrorState message={`친구 목록을 불러오지 못했습니다. ${friends.error.message}`} onRetry={() => friends.refetch()} retrying={friends.isFetching} />;
  }
  if (!friends.data.items.length) {
    return (
      <p className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center text-sm text-stone-600">
        아직 친구가 없어요. 위에서 이메일이나 닉네임으로 이웃을 찾아 추가해 보세요.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm" aria-label="친구 목록">
      {friends.data.items.map((f) => (
        <FriendRow key={f.user.id} friend={f} />
      ))}
    </ul>
  );
}

function FriendRow({ friend }: { friend: FriendView }) {
  const queryClient = useQueryClient();
  const openDirect = useOpenDirect();
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: friendKeys.all });
  const { user } = friend;

  async function message() {
    setError(null);
    setOpening(true);
    try {
      await openDirect(user.id);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '대화방을 열지 못했습니다.');
      setOpening(false);
    }
  }

  return (
    <li className="flex flex-col gap-2 px-4 py-3" data-testid="friend-item">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link href={`/users/${user.id}`} className="font-semibold hover:underline">
          {user.username}
        </Link>
        {friend.isMutual && (
          <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800" data-testid="mutual">
            서로 친구
          </span>
        )}
        <PresenceBadge presence={friend.presence} status={friend.status} className="basis-full" />
      </div>
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button className="min-h-10! px-3! text-sm!" loading={opening} onClick={message} aria-label={`${user.username}에게 메시지`}>
          메시지
        </Button>
        <ConfirmButton
          variant="secondary"
          className="min-h-10! px-3! text-sm!"
          aria-label={`${user.username} 친구 삭제`}
          title={`${user.username}님을 친구 목록에서 뺄까요?`}
          confirmLabel="삭제"
          pendingLabel="삭제하는 중…"
          onConfirm={() => callEndpoint(removeFriendEndpoint, { params: { userId: user.id } })}
          after={refresh}
        >
          삭제
        </ConfirmButton>
        <ConfirmButton
          className="min-h-10! px-3! text-sm!"
          aria-label={`${user.username} 차단`}
          title={`${user.username}님을 차단할까요?`}
          description="서로의 친구 목록에서 빠지고, 상대는 나에게 메시지를 보내거나 검색으로 나를 찾을 수 없어요."
          confirmLabel="차단"
          pendingLabel="차단하는 중…"
          onConfirm={() => callEndpoint(blockEndpoint, { params: { id: user.id } })}
          after={refresh}
        >
          차단
        </ConfirmButton>
      </div>
    </li>
  );
}
