import { closeGameEndpoint } from '@/lib/games/endpoints';
import { closeGame } from '@/lib/games/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(closeGameEndpoint, async ({ db, actor, params }) => {
  const game = await closeGame(db, actor.user, params.id);
  return json(game);
});
