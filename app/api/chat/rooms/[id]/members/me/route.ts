import { getDb } from '@/db/client';
import { leave } from '@/lib/chat/actions';
import { leaveRoomEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(leaveRoomEndpoint, async ({ actor, params }) => {
  await leave(getDb(), actor.user, params.id);
  return noContent();
});
