import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listNotificationsEndpoint } from '@/lib/notifications/endpoints';
import { listNotifications } from '@/lib/notifications/queries';

export const GET = handle(listNotificationsEndpoint, async ({ actor, query }) => json(await listNotifications(getDb(), actor.user.id, query)));
