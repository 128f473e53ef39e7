import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { declineReservation } from '@/lib/reservations/approval';
import { declineReservationEndpoint } from '@/lib/reservations/endpoints';
import { getReservation } from '@/lib/reservations/queries';

export const POST = handle(declineReservationEndpoint, async ({ db, actor, params, body }) => {
  await declineReservation(db, actor.user, params.id, body);
  return json(await getReservation(db, actor.user.id, params.id, new Date()));
});
