import { joinRoom } from '@/lib/chat/mutations';
import { joinRoomEndpoint, listMembersEndpoint } from '@/lib/chat/endpoints';
import { getRoomView, listMembers } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listMembersEndpoint, async ({ db, actor, params }) => json(await listMembers(db, params.id, actor.user.id)));

export const POST = handle(joinRoomEndpoint, async ({ db, actor, params }) => {
  const { joined } = await joinRoom(db, actor.user, params.id);
  return json(await getRoomView(db, params.id, actor.user.id), joined ? 201 : 200);
});
