import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
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
      <div className="flex items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">채팅</h1>
        <Link href="/chat/search" className="min-h-11 content-center rounded-xl px-3 text-sm font-semibold text-stone-800 ring-1 ring-stone-300 hover:bg-white">
          🔍 대화 검색
        </Link>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RoomList viewerId={me.id} />
      </HydrationBoundary>
    </div>
  );
}
