import { banMember } from '@/lib/chat/mutations';
import { banEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';

export const POST = handle(banEndpoint, async ({ db, actor, params, body }) => {
  const { ban: b } = await banMember(db, actor.user, params.id, body.userId);
  return created({ roomId: b.roomId, userId: b.userId, createdAt: b.createdAt.toISOString() });
});
