import { getDb } from '@/db/client';
import { getGameEndpoint, updateGameEndpoint } from '@/lib/games/endpoints';
import { updateGame } from '@/lib/games/mutations';
import { emitGames } from '@/lib/games/notify';
import { getGame } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getGameEndpoint, async ({ params }) => json(await getGame(getDb(), params.id)));

export const PATCH = handle(updateGameEndpoint, async ({ actor, params, body }) => {
  const game = await updateGame(getDb(), actor.user, params.id, body);
  await emitGames(getDb(), [game.id]);
  return json(game);
});
