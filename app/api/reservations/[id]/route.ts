import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getReservationEndpoint } from '@/lib/reservations/endpoints';
import { getReservation } from '@/lib/reservations/queries';

export const GET = handle(getReservationEndpoint, async ({ db, actor, params }) =>
  json(await getReservation(db, actor.user.id, params.id, new Date())),
);
