import { deleteRoom } from '@/lib/chat/mutations';
import { deleteRoomEndpoint, getRoomEndpoint } from '@/lib/chat/endpoints';
import { getRoomView } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getRoomEndpoint, async ({ db, actor, params }) => json(await getRoomView(db, params.id, actor.user.id)));

export const DELETE = handle(deleteRoomEndpoint, async ({ db, actor, params }) => {
  await deleteRoom(db, actor.user, params.id);
  return noContent();
});
