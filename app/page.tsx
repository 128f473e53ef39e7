import { dehydrate, QueryClient } from '@tanstack/react-query';
import { postKeys } from '@/components/boards/post-keys';
import { NeighbourHome, type TodayData } from '@/components/home/neighbour-home';
import { nearbyOpenPostsQuery } from '@/components/home/open-posts-nearby';
import { VisitorHome } from '@/components/home/visitor-home';
import { getDb } from '@/db/client';
import { findActiveUser } from '@/lib/accounts/queries';
import { getSessionUser } from '@/lib/auth/server-session';
import { listPosts, listRecentOpenPostsPublic } from '@/lib/boards/queries';
import { listMyRooms } from '@/lib/chat/queries';
import { menuContext, toRecommendationsView } from '@/lib/menus/context';

export const dynamic = 'force-dynamic';

const PUBLIC_POSTS = 6;

/** `/`: the neighbourhood's day for residents, what Dongne is for visitors. */
export default async function HomePage() {
  const me = await getSessionUser();
  const db = getDb();
  if (!me) return <VisitorHome posts={await listRecentOpenPostsPublic(db, PUBLIC_POSTS)} />;

  // Weather (up to the KMA's 3 s timeout on a cache miss) streams in; the rest is read in parallel.
  const today: Promise<TodayData> = menuContext(db, me.neighbourhood.code).then((ctx) => ({
    weather: ctx.weather,
    recommendations: toRecommendationsView(ctx),
  }));
  const queryClient = new QueryClient();
  const [rooms] = await Promise.all([
    listMyRooms(db, me.id),
    queryClient.prefetchQuery({
      queryKey: postKeys.list(nearbyOpenPostsQuery),
      queryFn: async () => {
        const viewer = await findActiveUser(db, me.id);
        if (!viewer) throw new Error('signed-in user is gone');
        return listPosts(db, viewer, { scope: 'sigungu', status: 'open', page: 1, size: nearbyOpenPostsQuery.size! });
      },
    }),
  ]);
  return <NeighbourHome me={me} today={today} rooms={rooms} posts={dehydrate(queryClient)} />;
}
