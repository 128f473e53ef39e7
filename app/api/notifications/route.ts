import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listNotificationsEndpoint } from '@/lib/notifications/endpoints';
import { listNotifications } from '@/lib/notifications/queries';

export const GET = handle(listNotificationsEndpoint, async ({ db, actor, query }) => json(await listNotifications(db, actor.user.id, query)));
