import { handle } from '@/lib/http/handler';
import { calendar } from '@/lib/http/responses';
import { reservationCalendar } from '@/lib/reservations/calendar';
import { reservationCalendarEndpoint } from '@/lib/reservations/endpoints';

export const GET = handle(reservationCalendarEndpoint, async ({ db, actor, params }) => calendar(await reservationCalendar(db, actor.user.id, params.id)));
