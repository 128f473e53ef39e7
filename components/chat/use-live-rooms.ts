'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useRoomSubscriptions } from '@/components/realtime/use-room-subscription';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { DELETED_MESSAGE_BODY } from '@/lib/chat/deleted';
import type { ChatMessageView, ChatRoomView } from '@/lib/chat/schema';
import { chatKeys } from './chat-keys';

type Rooms = { items: ChatRoomView[] };

const newestFirst = (a: ChatRoomView, b: ChatRoomView) => (b.lastMessage?.id ?? 0) - (a.lastMessage?.id ?? 0) || b.id - a.id;

/**
 * Keeps the cached room list (`chatKeys.rooms`) current: the tab listens in every room it
 * lists, so new messages move a room up and count as unread, reads from any of my tabs
 * (`room:read`) reset the badge, members' reads (`room:reads`) lower the preview's number, deletions change the preview and direct rooms show presence.
 */
export function useLiveRooms(rooms: ChatRoomView[], viewerId: number) {
  const queryClient = useQueryClient();
  const update = (fn: (items: ChatRoomView[]) => ChatRoomView[]) =>
    queryClient.setQueryData<Rooms>(chatKeys.rooms, (old) => old && { ...old, items: fn(old.items) });
  const patchRoom = (roomId: number, fn: (room: ChatRoomView) => ChatRoomView) =>
    update((items) => items.map((r) => (r.id === roomId ? fn(r) : r)));
  const refetch = () => void queryClient.invalidateQueries({ queryKey: chatKeys.rooms });

  const cached = (roomId: number) => queryClient.getQueryData<Rooms>(chatKeys.rooms)?.items.find((r) => r.id === roomId);

  const apply = (message: ChatMessageView) => {
    if (!cached(message.roomId)) return refetch();
    update((items) =>
      items
        .map((r) =>
          r.id !== message.roomId || (r.lastMessage && r.lastMessage.id >= message.id)
            ? r
            : { ...r, lastMessage: message, unreadCount: r.unreadCount + (message.user?.id === viewerId ? 0 : 1) },
        )
        .sort(newestFirst),
    );
  };
  // Joining with the newest id we show also brings what was said before the join took effect.
  useRoomSubscriptions(
    rooms.map((r) => r.id),
    (roomId) => ({ afterId: () => cached(roomId)?.lastMessage?.id ?? 0, onJoined: (missed) => missed.forEach(apply) }),
  );
  useSocketEvent('message:new', apply);
  useSocketEvent('room:read', ({ roomId, userId, unreadCount, lastReadMessageId }) =>
    patchRoom(roomId, (r) =>
      userId === viewerId ? { ...r, unreadCount } : r.peer ? { ...r, peer: { ...r.peer, lastReadMessageId: Math.max(r.peer.lastReadMessageId, lastReadMessageId) } } : r,
    ),
  );
  // The preview's KakaoTalk number drops as the room's members read past it.
  useSocketEvent('room:reads', ({ roomId, reads }) =>
    patchRoom(roomId, (r) => {
      const last = r.lastMessage;
      if (!last) return r;
      const readers = reads.filter((e) => e.previousReadMessageId < last.id && last.id <= e.lastReadMessageId && e.userId !== last.user?.id).length;
      return readers ? { ...r, lastMessage: { ...last, unreadCount: Math.max(0, last.unreadCount - readers) } } : r;
    }),
  );
  useSocketEvent('message:deleted', ({ roomId, messageId }) =>
    patchRoom(roomId, (r) => (r.lastMessage?.id === messageId ? { ...r, lastMessage: { ...r.lastMessage, body: DELETED_MESSAGE_BODY, isDeleted: true } } : r)),
  );
  useSocketEvent('presence:changed', ({ userId, online, lastSeenAt }) =>
    update((items) => items.map((r) => (r.peer?.user.id === userId ? { ...r, peer: { ...r.peer, presence: { online, lastSeenAt } } } : r))),
  );
  useSocketEvent('member:joined', ({ roomId, memberCount }) => patchRoom(roomId, (r) => ({ ...r, memberCount })));
  useSocketEvent('member:left', ({ roomId, memberCount }) => patchRoom(roomId, (r) => ({ ...r, memberCount })));
  useSocketEvent('member:banned', ({ roomId, userId, memberCount }) => {
    if (userId === viewerId) update((items) => items.filter((r) => r.id !== roomId));
    else patchRoom(roomId, (r) => ({ ...r, memberCount }));
  });
  useSocketEvent('room:deleted', ({ roomId }) => update((items) => items.filter((r) => r.id !== roomId)));
  useResyncOnConnect(chatKeys.rooms);
}
