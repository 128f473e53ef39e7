import { gameCalendar } from '@/lib/games/calendar';
import { gameCalendarEndpoint } from '@/lib/games/endpoints';
import { handle } from '@/lib/http/handler';
import { calendar } from '@/lib/http/responses';

export const GET = handle(gameCalendarEndpoint, async ({ db, actor, params }) => calendar(await gameCalendar(db, actor.user.id, params.id)));
