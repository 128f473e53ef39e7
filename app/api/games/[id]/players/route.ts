import { joinGameEndpoint, listPlayersEndpoint } from '@/lib/games/endpoints';
import { joinGame } from '@/lib/games/players';
import { getPlayer, listPlayers } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listPlayersEndpoint, async ({ db, params }) => json({ items: await listPlayers(db, params.id) }));

export const POST = handle(joinGameEndpoint, async ({ db, actor, params, body }) => {
  const { payment } = await joinGame(db, actor.user, params.id, body);
  return created({ participation: await getPlayer(db, params.id, actor.user.id), ...(payment ? { payment } : {}) });
});
