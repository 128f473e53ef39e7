import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { chatKeys } from '@/components/chat/chat-keys';
import { RoomList } from '@/components/chat/room-list';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listMyRooms } from '@/lib/chat/queries';

export const metadata: Metadata = { title: '채팅' };

export default async function ChatListPage() {
  const me = await requireSessionUser('/chat');
  const queryClient = new QueryClient();
  queryClient.setQueryData(chatKeys.rooms, { items: await listMyRooms(getDb(), me.id) });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">채팅</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RoomList viewerId={me.id} />
      </HydrationBoundary>
    </div>
  );
}
