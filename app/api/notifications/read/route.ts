import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { markNotificationsReadEndpoint } from '@/lib/notifications/endpoints';
import { markRead } from '@/lib/notifications/mutations';

export const POST = handle(markNotificationsReadEndpoint, async ({ db, actor, body }) => {
  const unreadCount = await markRead(db, actor.user.id, body);
  return json({ unreadCount });
});
