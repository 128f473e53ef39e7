import { getDb } from '@/db/client';
import { joinGameEndpoint, listPlayersEndpoint } from '@/lib/games/endpoints';
import { joinGame } from '@/lib/games/players';
import { getPlayer, listPlayers } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listPlayersEndpoint, async ({ params }) => json({ items: await listPlayers(getDb(), params.id) }));

export const POST = handle(joinGameEndpoint, async ({ actor, params, body }) => {
  const { payment } = await joinGame(getDb(), actor.user, params.id, body);
  return created({ participation: await getPlayer(getDb(), params.id, actor.user.id), ...(payment ? { payment } : {}) });
});
