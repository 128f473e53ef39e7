'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { postKeys } from '@/components/boards/post-keys';
import { Spinner } from '@/components/ui/spinner';
import { useSocketStatus } from '@/components/realtime/socket-provider';
import { useSocketEvent } from '@/components/realtime/use-socket-event';
import type { ChatMessageView, ChatRoomView } from '@/lib/chat/schema';
import { deleteRoomEndpoint, getRoomEndpoint, leaveRoomEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';
import { Composer } from './composer';
import { ConnectionBanner } from './connection-banner';
import { MemberPanel } from './member-panel';
import { MessageList } from './message-list';
import { RoomGone, type GoneReason } from './room-gone';
import { RoomHeader } from './room-header';
import { useChatMessages, type HistoryPage } from './use-chat-messages';
import { useMarkRead } from './use-mark-read';
import { usePeerState } from './use-peer-state';
import { typingText, useTyping } from './use-typing';
import { ErrorState } from '@/components/ui/query-states';
import { BottomSheet } from '@/components/ui/bottom-sheet';
import { OrderSheet } from '@/components/orders/order-sheet';

/** `focusMessageId`: open at this message (a search result, a mention notice), loading back to it. */
type Props = { roomId: number; viewerId: number; initialMessages: HistoryPage; focusMessageId?: number };

export function ChatRoom({ roomId, viewerId, initialMessages, focusMessageId }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [gone, setGone] = useState<GoneReason | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [orderOpen, setOrderOpen] = useState(false);
  // Set while I leave or delete the room myself, so my own echo doesn't flash the "gone" screen.
  const leaving = useRef(false);
  // Sends go over the socket when it is up and over HTTP otherwise; tests wait for it by this.
  const connection = useSocketStatus();

  const roomQuery = useQuery({
    queryKey: chatKeys.room(roomId),
    queryFn: ({ signal }) => callEndpoint(getRoomEndpoint, { params: { id: roomId }, signal }),
    staleTime: Infinity,
  });
  const room = roomQuery.data;
  const onRead = useMarkRead(roomId, room && room.unreadCount === 0 ? (initialMessages.items.at(-1)?.id ?? 0) : 0);

  const onJoinError = useCallback(
    async ({ status }: { status: number }) => {
      if (leaving.current) return;
      if (status === 404) return setGone('deleted');
      if (status !== 403) return;
      const fresh = await callEndpoint(getRoomEndpoint, { params: { id: roomId } }).catch(() => null);
      // Still a member yet refused: the other person of a direct room blocked me.
      setGone(!fresh ? 'deleted' : fresh.isBanned ? 'banned' : fresh.isMember ? 'blocked' : 'not_member');
    },
    [roomId],
  );
  const chat = useChatMessages(roomId, initialMessages, { onJoinError, viewerId });
  const [replyTo, setReplyTo] = useState<ChatMessageView | null>(null);
  const [highlightedId, setHighlightedId] = useState<number | null>(null);
  const [landing, setLanding] = useState<{ id: number; seq: number } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { loadUntil } = chat;

  /** Lands on a message (loading older pages until it is there) and marks it for a moment. */
  const jumpTo = useCallback(
    async (messageId: number) => {
      if (!(await loadUntil(messageId).catch(() => false))) return setActionError('원래 메시지를 찾을 수 없어요.');
      setLanding((last) => ({ id: messageId, seq: (last?.seq ?? 0) + 1 }));
      setHighlightedId(messageId);
      setTimeout(() => setHighlightedId((id) => (id === messageId ? null : id)), 3000);
    },
    [loadUntil],
  );
  useEffect(() => {
    if (!focusMessageId) return;
    const timer = setTimeout(() => void jumpTo(focusMessageId), 0);
    return () => clearTimeout(timer);
  }, [focusMessageId, jumpTo]);
  const failing = (run: () => Promise<unknown>) =>
    run().then(
      () => setActionError(null),
      (error: unknown) => setActionError(error instanceof ApiError ? error.message : '잠시 후 다시 시도해 주세요.'),
    );
  const { typers, notifyTyping, resetTyping } = useTyping(roomId);

  const setMemberCount = (memberCount: number) => {
    queryClient.setQueryData<ChatRoomView>(chatKeys.room(roomId), (old) => old && { ...old, memberCount });
    void queryClient.invalidateQueries({ queryKey: chatKeys.members(roomId) });
  };
  useSocketEvent('member:joined', (e) => e.roomId === roomId && setMemberCount(e.memberCount));
  useSocketEvent('member:left', (e) => {
    if (e.roomId !== roomId) return;
    if (e.user.id === viewerId && !leaving.current) setGone('left');
    setMemberCount(e.memberCount);
  });
  useSocketEvent('member:banned', (e) => {
    if (e.roomId !== roomId) return;
    if (e.userId === viewerId) setGone('banned');
    setMemberCount(e.memberCount);
  });
  useSocketEvent('room:deleted', (e) => {
    if (e.roomId === roomId && !leaving.current) setGone('deleted');
  });
  const peerRead = usePeerState(roomId, viewerId);

  async function afterExit(request: () => Promise<unknown>) {
    leaving.current = true;
    try {
      await request();
    } catch (error) {
      leaving.current = false;
      throw error;
    }
    void queryClient.invalidateQueries({ queryKey: chatKeys.rooms });
    void queryClient.invalidateQueries({ queryKey: postKeys.all });
    router.push('/chat');
  }

  if (gone) return <RoomGone reason={gone} postId={room?.postId} />;
  if (!room) {
    // Only when the server-rendered room didn't reach the cache: fetch it like any query.
    if (roomQuery.isError) {
      return (
        <ErrorState message={`채팅방을 불러오지 못했습니다. ${roomQuery.error.message}`} onRetry={() => roomQuery.refetch()} retrying={roomQuery.isFetching} />
      );
    }
    return (
      <div className="flex justify-center py-12 text-stone-600" role="status">
        <Spinner label="채팅방을 불러오는 중…" />
      </div>
    );
  }

  const typing = typingText(typers);
  return (
    <div
      data-connection={connection}
      className="-mx-4 -my-6 flex h-[calc(100dvh-3.5rem-1px)] flex-col bg-stone-50 sm:mx-0 sm:my-0 sm:h-[calc(100dvh-9.25rem-1px)] sm:overflow-hidden sm:rounded-2xl sm:border sm:border-stone-200"
    >
      <RoomHeader room={room} onOpenMembers={() => setPanelOpen(true)} onOpenOrder={room.postId ? () => setOrderOpen(true) : undefined} />
      <ConnectionBanner />
      <MessageList
        viewerId={viewerId}
        messages={chat.messages}
        pending={chat.pending}
        cursor={chat.cursor}
        loadingOlder={chat.loadingOlder}
        olderError={chat.olderError}
        onLoadOlder={chat.loadOlder}
        onRetry={chat.retry}
        onDiscard={chat.discard}
        onRead={onRead}
        peerReadUpTo={room.peer ? Math.max(room.peer.lastReadMessageId, peerRead) : null}
        onDelete={chat.remove}
        onEdit={chat.edit}
        onReact={(messageId, emoji, on) => void failing(() => chat.react(messageId, emoji, on))}
        onReply={setReplyTo}
        onJumpTo={(id) => void jumpTo(id)}
        highlightedId={highlightedId}
        landing={landing}
      />
      {actionError && (
        <p role="alert" className="px-4 text-xs text-red-700">
          {actionError}
        </p>
      )}
      <p className="h-6 px-4 text-xs leading-6 text-stone-600" aria-live="polite" data-testid="typing-indicator">
        {typing}
      </p>
      <Composer
        roomId={roomId}
        viewerId={viewerId}
        replyTo={replyTo}
        onCancelReply={() => setReplyTo(null)}
        onSend={(body) => {
          resetTyping();
          chat.send(body, { replyToId: replyTo?.id });
          setReplyTo(null);
        }}
        onPhotos={(files) => chat.send(`사진 ${files.length}장`, { files })}
        onTyping={notifyTyping}
      />
      {room.postId && (
        <BottomSheet open={orderOpen} onClose={() => setOrderOpen(false)} title="같이 주문서">
          {/* The room's own subscription carries order:updated here. */}
          <OrderSheet postId={room.postId} chatRoomId={room.id} viewerId={viewerId} isOrganizer={room.ownerId === viewerId} subscribe={false} />
        </BottomSheet>
      )}
      {room.kind !== 'direct' && (
        <MemberPanel
          room={room}
          viewerId={viewerId}
          open={panelOpen}
          onClose={() => setPanelOpen(false)}
          onLeave={() => afterExit(() => callEndpoint(leaveRoomEndpoint, { params: { id: roomId } }))}
          onDelete={() => afterExit(() => callEndpoint(deleteRoomEndpoint, { params: { id: roomId } }))}
        />
      )}
    </div>
  );
}
