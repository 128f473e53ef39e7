import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { cancelReservationEndpoint } from '@/lib/reservations/endpoints';
import { cancelReservation } from '@/lib/reservations/mutations';
import { getReservation } from '@/lib/reservations/queries';

export const POST = handle(cancelReservationEndpoint, async ({ actor, params, body }) => {
  await cancelReservation(getDb(), actor.user, params.id, body);
  return json(await getReservation(getDb(), actor.user.id, params.id, new Date()));
});
