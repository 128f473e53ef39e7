import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chatKeys } from '@/components/chat/chat-keys';
import { ChatRoom } from '@/components/chat/chat-room';
import { RoomGone } from '@/components/chat/room-gone';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { getRoomView, listMessages } from '@/lib/chat/queries';
import { roomIdParams } from '@/lib/chat/schema';
import { DomainError } from '@/lib/core/domain-error';

export const metadata: Metadata = { title: '채팅' };

export default async function ChatRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = roomIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const me = await requireSessionUser(`/chat/${id}`);
  const db = getDb();
  const room = await getRoomView(db, id, me.id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  });
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
      <ChatRoom key={id} roomId={id} viewerId={me.id} initialMessages={history} />
    </HydrationBoundary>
  );
}
