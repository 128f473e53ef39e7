'use client';
import { useQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { PresenceBadge } from '@/components/friends/presence-badge';
import { ChatTime } from '@/components/ui/relative-time';
import { readableText } from '@/lib/chat/mentions';
import type { ChatRoomView } from '@/lib/chat/schema';
import { listRoomsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';
import { useLiveRooms } from './use-live-rooms';
import { ErrorState, LoadingState } from '@/components/ui/query-states';

const kindLabel: Record<ChatRoomView['kind'], string> = { post: '같이 주문', direct: '1:1', game: '게임', community: '동네생활' };

function preview(room: ChatRoomView, viewerId: number) {
  const m = room.lastMessage;
  if (!m) return '아직 메시지가 없어요';
  if (m.kind === 'system' || m.isDeleted) return m.body;
  const text = m.kind === 'image' ? '사진' : readableText(m);
  return m.user?.id === viewerId ? `나: ${text}` : `${m.user?.username ?? '알 수 없음'}: ${text}`;
}

export function RoomList({ viewerId }: { viewerId: number }) {
  const rooms = useQuery({
    queryKey: chatKeys.rooms,
    queryFn: ({ signal }) => callEndpoint(listRoomsEndpoint, { signal }),
    staleTime: 10_000,
  });
  useLiveRooms(rooms.data?.items ?? [], viewerId);

  if (rooms.isPending) return <LoadingState label="채팅방을 불러오는 중…" />;
  if (rooms.isError) {
    return <ErrorState message={`채팅방을 불러오지 못했습니다. ${rooms.error.message}`} onRetry={() => rooms.refetch()} retrying={rooms.isFetching} />;
  }
  if (rooms.data.items.length === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
        <p className="font-semibold">참여한 채팅방이 없어요.</p>
        <p className="text-sm text-stone-600">같이 주문 글에 참여하거나 글을 쓰면 채팅방이 생겨요. 친구에게 메시지를 보내도 돼요.</p>
        <Link href="/posts" className="mt-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          같이 주문 둘러보기
        </Link>
      </div>
    );
  }

  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
      {rooms.data.items.map((room) => {
        const unread = room.unreadCount;
        return (
          <li key={room.id}>
            <Link href={`/chat/${room.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-stone-50" data-testid="room-item">
              <span aria-hidden className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-50 text-lg font-bold text-brand-700">
                {room.title.slice(0, 1)}
              </span>
              <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="flex items-baseline gap-2">
                  <span className="truncate font-semibold">{room.title}</span>
                  {room.peer ? (
                    <PresenceBadge presence={room.peer.presence} status={null} className="shrink-0" />
                  ) : (
                    <span className="shrink-0 text-xs text-stone-600">
                      <span className="sr-only">참여 인원 </span>
                      {room.memberCount}
                      {room.capacity ? `/${room.capacity}` : ''}명
                    </span>
                  )}
                </span>
                <span className={`truncate text-sm ${unread ? 'font-medium text-stone-800' : 'text-stone-600'}`}>
                  <span className="sr-only">{kindLabel[room.kind]} 채팅방, 마지막 메시지: </span>
                  {preview(room, viewerId)}
                </span>
              </span>
              <span className="flex shrink-0 flex-col items-end gap-1">
                {room.lastMessage && <ChatTime date={room.lastMessage.createdAt} className="text-xs text-stone-600" />}
                {unread > 0 ? (
                  <span className="min-w-6 rounded-full bg-brand-700 px-1.5 py-0.5 text-center text-xs font-bold text-white" data-testid="unread-badge">
                    <span aria-hidden>{unread > 99 ? '99+' : unread}</span>
                    <span className="sr-only">안 읽은 메시지 {unread}개</span>
                  </span>
                ) : (
                  <span className="h-5" aria-hidden />
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
