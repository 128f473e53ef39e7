import { cancelGameEndpoint } from '@/lib/games/endpoints';
import { cancelGame } from '@/lib/games/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(cancelGameEndpoint, async ({ db, actor, params }) => {
  const game = await cancelGame(db, actor.user, params.id);
  return json(game);
});
