import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getRecommendations } from '@/lib/menus/context';
import { recommendationsEndpoint } from '@/lib/menus/endpoints';
import { modelConfigFromEnv } from '@/lib/menus/model';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const dynamic = 'force-dynamic';

export const GET = handle(recommendationsEndpoint, async ({ db, actor }) => {
  const model = modelConfigFromEnv();
  // The dong's name is only needed to brief the model.
  const dong = model ? (await getNeighbourhood(db, actor.user.neighbourhoodCode)).fullName : undefined;
  return json(await getRecommendations(db, actor.user.neighbourhoodCode, { model, dong }), 200, { 'cache-control': 'private, no-store' });
});
