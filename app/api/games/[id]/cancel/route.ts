import { getDb } from '@/db/client';
import { cancelGameEndpoint } from '@/lib/games/endpoints';
import { cancelGame } from '@/lib/games/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(cancelGameEndpoint, async ({ actor, params }) => {
  const game = await cancelGame(getDb(), actor.user, params.id);
  return json(game);
});
