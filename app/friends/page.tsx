import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { AddFriend } from '@/components/friends/add-friend';
import { BlockedList } from '@/components/friends/blocked-list';
import { friendKeys } from '@/components/friends/friend-keys';
import { FriendList } from '@/components/friends/friend-list';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listFriends } from '@/lib/friends/queries';

export const metadata: Metadata = { title: '친구' };

export default async function FriendsPage() {
  const me = await requireSessionUser('/friends');
  const queryClient = new QueryClient();
  queryClient.setQueryData(friendKeys.list, await listFriends(getDb(), me.id, { page: 1, size: 100 }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">친구</h1>
      <Card title="이웃 찾기">
        <AddFriend />
      </Card>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <section aria-labelledby="friends-heading" className="flex flex-col gap-2">
          <h2 id="friends-heading" className="text-lg font-bold">
            내 친구
          </h2>
          <FriendList />
        </section>
      </HydrationBoundary>
      <details className="rounded-2xl border border-stone-200 bg-white p-4">
        <summary className="min-h-11 cursor-pointer font-semibold leading-[2.75rem]">차단한 이웃</summary>
        <BlockedList />
      </details>
    </div>
  );
}
