import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createReservationEndpoint, listReservationsEndpoint } from '@/lib/reservations/endpoints';
import { createReservation } from '@/lib/reservations/mutations';
import { getReservation, listMyReservations } from '@/lib/reservations/queries';

export const GET = handle(listReservationsEndpoint, async ({ actor, query }) =>
  json(await listMyReservations(getDb(), actor.user.id, query, new Date())),
);

export const POST = handle(createReservationEndpoint, async ({ actor, body }) => {
  const { reservation } = await createReservation(getDb(), actor.user, body);
  return created(await getReservation(getDb(), actor.user.id, reservation.id, new Date()));
});
