import { dehydrate, QueryClient } from '@tanstack/react-query';
import { postKeys } from '@/components/boards/post-keys';
import { NeighbourHome, type TodayData } from '@/components/home/neighbour-home';
import { nearbyOpenPostsQuery } from '@/components/home/home-queries';
import { VisitorHome } from '@/components/home/visitor-home';
import { getDb } from '@/db/client';
import { findActiveUser } from '@/lib/accounts/queries';
import { getSessionUser } from '@/lib/auth/server-session';
import { listPosts, listRecentOpenPostsPublic } from '@/lib/boards/queries';
import { listMyRooms } from '@/lib/chat/queries';
import { listGames, nextGameFor } from '@/lib/games/queries';
import { listGamesQuery } from '@/lib/games/schema';
import { menuContext, recommendationsFor } from '@/lib/menus/context';
import { modelConfigFromEnv } from '@/lib/menus/model';
import { nextReservation } from '@/lib/reservations/queries';
import { listSpaces } from '@/lib/spaces/queries';
import { listSpacesQuery } from '@/lib/spaces/schema';

export const dynamic = 'force-dynamic';

const PUBLIC_POSTS = 6;
const NEARBY_SPACES = 3;
const NEARBY_GAMES = 3;

/** `/`: the neighbourhood's day for residents, what Dongne is for visitors. */
export default async function HomePage() {
  const me = await getSessionUser();
  const db = getDb();
  if (!me) return <VisitorHome posts={await listRecentOpenPostsPublic(db, PUBLIC_POSTS)} />;

  // Weather (up to the KMA's 3 s timeout on a cache miss) streams in; the rest is read in parallel.
  const brief = { model: modelConfigFromEnv(), dong: `${me.neighbourhood.sigungu} ${me.neighbourhood.dong}` };
  const today: Promise<TodayData> = menuContext(db, me.neighbourhood.code).then(async (ctx) => ({
    weather: ctx.weather,
    recommendations: await recommendationsFor(ctx, brief),
  }));
  const queryClient = new QueryClient();
  const now = new Date();
  const spacesQuery = listSpacesQuery.parse({ sigungu: me.neighbourhood.code.slice(0, 5), sort: 'popular', size: NEARBY_SPACES });
  const gamesQuery = listGamesQuery.parse({
    sigungu: me.neighbourhood.code.slice(0, 5),
    status: 'recruiting',
    from: now.toISOString(),
    sort: 'startsAt',
    size: NEARBY_GAMES,
  });
  const [rooms, spaces, upcoming, games, nextGame] = await Promise.all([
    listMyRooms(db, me.id),
    listSpaces(db, me.id, spacesQuery, now),
    nextReservation(db, me.id, now),
    listGames(db, gamesQuery),
    nextGameFor(db, me.id, now),
    queryClient.prefetchQuery({
      queryKey: postKeys.list(nearbyOpenPostsQuery),
      queryFn: async () => {
        const viewer = await findActiveUser(db, me.id);
        if (!viewer) throw new Error('signed-in user is gone');
        return listPosts(db, viewer, { scope: 'sigungu', status: 'open', page: 1, size: nearbyOpenPostsQuery.size });
      },
    }),
  ]);
  return (
    <NeighbourHome me={me} today={today} rooms={rooms} posts={dehydrate(queryClient)} spaces={spaces.items} nextReservation={upcoming} games={games.items} nextGame={nextGame} />
  );
}
