import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { markReservationNoShowEndpoint } from '@/lib/trust/endpoints';
import { markReservationNoShow } from '@/lib/trust/no-shows';

export const POST = handle(markReservationNoShowEndpoint, async ({ db, actor, params }) => json(await markReservationNoShow(db, actor.user, params.id), 201));
