import { getDb } from '@/db/client';
import { leaveRoom } from '@/lib/chat/mutations';
import { leaveRoomEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(leaveRoomEndpoint, async ({ actor, params }) => {
  await leaveRoom(getDb(), actor.user, params.id);
  return noContent();
});
