import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { rotateCalendarKey } from '@/lib/spaces/calendar';
import { rotateCalendarKeyEndpoint } from '@/lib/spaces/endpoints';

export const POST = handle(rotateCalendarKeyEndpoint, async ({ db, actor, params }) => json(await rotateCalendarKey(db, actor.user, params.id)));
