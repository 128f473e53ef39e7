import { openDirectRoom } from '@/lib/chat/direct';
import { openDirectEndpoint } from '@/lib/chat/endpoints';
import { getRoomView } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(openDirectEndpoint, async ({ db, actor, body }) => {
  const { room, created } = await openDirectRoom(db, actor.user, body.userId);
  return json(await getRoomView(db, room.id, actor.user.id), created ? 201 : 200);
});
