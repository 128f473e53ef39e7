import { handle } from '@/lib/http/handler';
import { calendar } from '@/lib/http/responses';
import { spaceCalendarFeed } from '@/lib/spaces/calendar';
import { spaceCalendarFeedEndpoint } from '@/lib/spaces/endpoints';

export const GET = handle(spaceCalendarFeedEndpoint, async ({ db, params, query }) => calendar(await spaceCalendarFeed(db, params.id, query.key, new Date())));
