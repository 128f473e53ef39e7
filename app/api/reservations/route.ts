import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createReservationEndpoint, listReservationsEndpoint } from '@/lib/reservations/endpoints';
import { createReservation } from '@/lib/reservations/mutations';
import { getReservation, listMyReservations } from '@/lib/reservations/queries';

export const GET = handle(listReservationsEndpoint, async ({ db, actor, query }) =>
  json(await listMyReservations(db, actor.user.id, query, new Date())),
);

export const POST = handle(createReservationEndpoint, async ({ db, actor, body }) => {
  const { reservation } = await createReservation(db, actor.user, body);
  return created(await getReservation(db, actor.user.id, reservation.id, new Date()));
});
