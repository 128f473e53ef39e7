import { createGameEndpoint, listGamesEndpoint } from '@/lib/games/endpoints';
import { createGame } from '@/lib/games/mutations';
import { listGames } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listGamesEndpoint, async ({ db, actor, query }) => json(await listGames(db, query, actor?.user.id ?? null)));

export const POST = handle(createGameEndpoint, async ({ db, actor, body }) => {
  const game = await createGame(db, actor.user, body);
  return created(game);
});
