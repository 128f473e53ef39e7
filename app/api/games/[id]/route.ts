import { getGameEndpoint, updateGameEndpoint } from '@/lib/games/endpoints';
import { updateGame } from '@/lib/games/mutations';
import { getVisibleGame } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getGameEndpoint, async ({ db, actor, params }) => json(await getVisibleGame(db, params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateGameEndpoint, async ({ db, actor, params, body }) => {
  const game = await updateGame(db, actor.user, params.id, body);
  return json(game);
});
