import { leaveRoom } from '@/lib/chat/mutations';
import { leaveRoomEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(leaveRoomEndpoint, async ({ db, actor, params }) => {
  await leaveRoom(db, actor.user, params.id);
  return noContent();
});
