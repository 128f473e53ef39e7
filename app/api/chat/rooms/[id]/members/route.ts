import { getDb } from '@/db/client';
import { joinRoom } from '@/lib/chat/mutations';
import { joinRoomEndpoint, listMembersEndpoint } from '@/lib/chat/endpoints';
import { getRoomView, listMembers } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listMembersEndpoint, async ({ actor, params }) => json(await listMembers(getDb(), params.id, actor.user.id)));

export const POST = handle(joinRoomEndpoint, async ({ actor, params }) => {
  const db = getDb();
  const { joined } = await joinRoom(db, actor.user, params.id);
  return json(await getRoomView(db, params.id, actor.user.id), joined ? 201 : 200);
});
