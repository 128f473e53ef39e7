'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Modal } from '@/components/ui/modal';
import { Spinner } from '@/components/ui/spinner';
import type { UserRef } from '@/lib/accounts/user-ref';
import type { ChatRoomView } from '@/lib/chat/schema';
import { banEndpoint, listMembersEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

type Member = { user: UserRef; isOwner: boolean; joinedAt: string };

/** Who is in the room; the owner can remove anyone for good, others can leave. */
export function MemberPanel({
  room,
  viewerId,
  open,
  onClose,
  onLeave,
  onDelete,
}: {
  room: ChatRoomView;
  viewerId: number;
  open: boolean;
  onClose: () => void;
  onLeave: () => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const queryClient = useQueryClient();
  const isOwner = room.ownerId === viewerId;
  const members = useQuery({
    queryKey: chatKeys.members(room.id),
    queryFn: ({ signal }) => callEndpoint(listMembersEndpoint, { params: { id: room.id }, signal }),
    enabled: open,
  });

  async function ban(user: UserRef) {
    await callEndpoint(banEndpoint, { params: { id: room.id }, body: { userId: user.id } });
    queryClient.setQueryData<{ items: Member[] }>(chatKeys.members(room.id), (old) => old && { items: old.items.filter((m) => m.user.id !== user.id) });
  }

  return (
    <Modal open={open} onClose={onClose} title={`멤버 ${room.memberCount}${room.capacity ? `/${room.capacity}` : ''}명`}>
      {members.isPending && (
        <div className="flex justify-center py-6 text-stone-600" role="status">
          <Spinner label="멤버를 불러오는 중…" />
        </div>
      )}
      {members.isError && (
        <div className="flex flex-col items-start gap-2">
          <Alert>멤버를 불러오지 못했습니다. {members.error.message}</Alert>
          <Button variant="secondary" onClick={() => members.refetch()}>
            다시 시도
          </Button>
        </div>
      )}
      {members.data && (
        <ul className="-mx-1 flex max-h-[50dvh] flex-col overflow-y-auto" aria-label="멤버 목록">
          {members.data.items.map((m) => (
            <li key={m.user.id} className="flex min-h-12 items-center justify-between gap-2 px-1 py-1" data-testid="member">
              <span className="flex min-w-0 items-center gap-2">
                <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-stone-100 text-sm font-bold text-stone-700">
                  {m.user.username.slice(0, 1)}
                </span>
                <span className="truncate font-medium">{m.user.username}</span>
                {m.isOwner && <span className="shrink-0 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800">방장</span>}
                {m.user.id === viewerId && <span className="shrink-0 text-xs text-stone-600">(나)</span>}
              </span>
              {isOwner && m.user.id !== viewerId && (
                <ConfirmButton
                  className="min-h-9 px-3 text-sm"
                  aria-label={`${m.user.username}님 내보내기`}
                  title={`${m.user.username}님을 내보낼까요?`}
                  description="내보낸 이웃은 이 채팅방과 글에 다시 참여할 수 없습니다."
                  confirmLabel="내보내기"
                  pendingLabel="내보내는 중…"
                  onConfirm={() => ban(m.user)}
                >
                  내보내기
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-2 border-t border-stone-200 pt-4">
        {isOwner ? (
          <ConfirmButton
            title="채팅방을 삭제할까요?"
            description={
              room.kind === 'post'
                ? '같이 주문 글도 함께 삭제되고, 모든 멤버가 대화 기록을 더 이상 볼 수 없습니다.'
                : '모든 멤버가 대화 기록을 더 이상 볼 수 없습니다.'
            }
            confirmLabel="삭제"
            pendingLabel="삭제하는 중…"
            onConfirm={onDelete}
          >
            채팅방 삭제
          </ConfirmButton>
        ) : (
          <ConfirmButton
            title="채팅방에서 나갈까요?"
            description={room.kind === 'post' ? '같이 주문 참여도 취소됩니다. 모집 중이면 다시 참여할 수 있어요.' : undefined}
            confirmLabel="나가기"
            pendingLabel="나가는 중…"
            onConfirm={onLeave}
          >
            나가기
          </ConfirmButton>
        )}
        <Button variant="ghost" onClick={onClose}>
          닫기
        </Button>
      </div>
    </Modal>
  );
}
