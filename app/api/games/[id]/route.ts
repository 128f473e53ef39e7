import { getDb } from '@/db/client';
import { getGameEndpoint, updateGameEndpoint } from '@/lib/games/endpoints';
import { updateGame } from '@/lib/games/mutations';
import { getVisibleGame } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getGameEndpoint, async ({ actor, params }) => json(await getVisibleGame(getDb(), params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateGameEndpoint, async ({ actor, params, body }) => {
  const game = await updateGame(getDb(), actor.user, params.id, body);
  return json(game);
});
