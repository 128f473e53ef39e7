import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { hostReservationsEndpoint } from '@/lib/reservations/endpoints';
import { listHostReservations } from '@/lib/reservations/queries';

export const GET = handle(hostReservationsEndpoint, async ({ db, actor, query }) =>
  json(await listHostReservations(db, actor.user.id, query, new Date())),
);
