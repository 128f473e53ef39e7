import { getPlayerEndpoint, removePlayerEndpoint } from '@/lib/games/endpoints';
import { cancelParticipation, removePlayer } from '@/lib/games/players';
import { getPlayer } from '@/lib/games/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getPlayerEndpoint, async ({ db, params }) => json(await getPlayer(db, params.id, params.userId)));

/** My own cancellation (refund by the policy), or the host removing a player (full refund). */
export const DELETE = handle(removePlayerEndpoint, async ({ db, actor, params }) => {
  const { refundedAmount } =
    params.userId === actor.user.id
      ? await cancelParticipation(db, actor.user, params.id)
      : await removePlayer(db, actor.user, params.id, params.userId);
  return json({ participation: await getPlayer(db, params.id, params.userId), refundedAmount });
});
