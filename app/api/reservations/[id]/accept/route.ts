import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { acceptReservation } from '@/lib/reservations/approval';
import { acceptReservationEndpoint } from '@/lib/reservations/endpoints';
import { getReservation } from '@/lib/reservations/queries';

export const POST = handle(acceptReservationEndpoint, async ({ db, actor, params }) => {
  await acceptReservation(db, actor.user, params.id);
  return json(await getReservation(db, actor.user.id, params.id, new Date()));
});
