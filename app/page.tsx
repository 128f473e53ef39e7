import { dehydrate, QueryClient } from '@tanstack/react-query';
import { postKeys } from '@/components/boards/post-keys';
import { NeighbourHome, type TodayData } from '@/components/home/neighbour-home';
import { nearbyOpenPostsQuery } from '@/components/home/home-queries';
import { VisitorHome } from '@/components/home/visitor-home';
import { getDb } from '@/db/client';
import { getSessionUser } from '@/lib/auth/server-session';
import { listRecentOpenPostsPublic } from '@/lib/boards/queries';
import { readHome } from '@/lib/home/queries';
import { menuContext, recommendationsFor } from '@/lib/menus/context';
import { modelConfigFromEnv } from '@/lib/menus/model';

export const dynamic = 'force-dynamic';

const PUBLIC_POSTS = 6;

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
  // Everything else in one read model (lib/home): at most three statements once the shared pages are warm.
  const home = await readHome(db, { id: me.id, neighbourhoodCode: me.neighbourhood.code }, new Date(), { boardSize: nearbyOpenPostsQuery.size });
  const queryClient = new QueryClient();
  queryClient.setQueryData(postKeys.list(nearbyOpenPostsQuery), home.posts);
  return (
    <NeighbourHome
      me={me}
      today={today}
      rooms={home.rooms}
      posts={dehydrate(queryClient)}
      spaces={home.spaces}
      nextReservation={home.nextReservation}
      games={home.games}
      nextGame={home.nextGame}
    />
  );
}
