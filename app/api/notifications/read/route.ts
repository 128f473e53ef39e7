import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { markNotificationsReadEndpoint } from '@/lib/notifications/endpoints';
import { markRead } from '@/lib/notifications/mutations';

export const POST = handle(markNotificationsReadEndpoint, async ({ actor, body }) => {
  const unreadCount = await markRead(getDb(), actor.user.id, body);
  return json({ unreadCount });
});
