import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getRecommendations } from '@/lib/menus/context';
import { recommendationsEndpoint } from '@/lib/menus/endpoints';

export const dynamic = 'force-dynamic';

export const GET = handle(recommendationsEndpoint, async ({ db, actor }) =>
  json(await getRecommendations(db, actor.user.neighbourhoodCode), 200, { 'cache-control': 'private, no-store' }),
);
