import { getDb } from '@/db/client';
import { ban } from '@/lib/chat/actions';
import { banEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';

export const POST = handle(banEndpoint, async ({ actor, params, body }) => {
  const b = await ban(getDb(), actor.user, params.id, body.userId);
  return created({ roomId: b.roomId, userId: b.userId, createdAt: b.createdAt.toISOString() });
});
