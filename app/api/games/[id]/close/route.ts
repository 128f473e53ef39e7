import { getDb } from '@/db/client';
import { closeGameEndpoint } from '@/lib/games/endpoints';
import { closeGame } from '@/lib/games/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(closeGameEndpoint, async ({ actor, params }) => {
  const game = await closeGame(getDb(), actor.user, params.id);
  return json(game);
});
