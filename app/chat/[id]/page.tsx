import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { chatKeys } from '@/components/chat/chat-keys';
import { ChatRoom } from '@/components/chat/chat-room';
import { RoomGone } from '@/components/chat/room-gone';
import { getRoomView, listMessages } from '@/lib/chat/queries';
import { roomIdParams } from '@/lib/chat/schema';
import { DomainError } from '@/lib/core/domain-error';
import { loadPage } from '@/lib/http/page-loader';

export const metadata: Metadata = { title: '채팅' };

export default async function ChatRoomPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ message?: string }> }) {
  const {
    db,
    params: { id },
    me,
    data: room,
  } = await loadPage({ params, schema: roomIdParams, signIn: ({ id }) => `/chat/${id}`, load: ({ db, params, me }) => getRoomView(db, params.id, me.id) });
  if (!room.isMember) return <RoomGone reason={room.isBanned ? 'banned' : 'not_member'} postId={room.postId} />;

  const history = await listMessages(db, id, me.id, { limit: 50 }).catch((error: unknown) => {
    // A member refused their own room's history: the other person of a direct room blocked them.
    if (error instanceof DomainError && error.code === 'forbidden') return null;
    throw error;
  });
  if (!history) return <RoomGone reason="blocked" />;
  const queryClient = new QueryClient();
  queryClient.setQueryData(chatKeys.room(id), room);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {/* Keyed so that moving between rooms starts each with its own state. */}
      <ChatRoom key={id} roomId={id} viewerId={me.id} initialMessages={history} focusMessageId={Number((await searchParams).message) || undefined} />
    </HydrationBoundary>
  );
}
