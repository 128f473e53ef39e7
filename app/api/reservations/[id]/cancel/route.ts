import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { cancelReservationEndpoint } from '@/lib/reservations/endpoints';
import { cancelReservation } from '@/lib/reservations/mutations';
import { getReservation } from '@/lib/reservations/queries';

export const POST = handle(cancelReservationEndpoint, async ({ db, actor, params, body }) => {
  await cancelReservation(db, actor.user, params.id, body);
  return json(await getReservation(db, actor.user.id, params.id, new Date()));
});
