import { blockEndpoint, unblockEndpoint } from '@/lib/friends/endpoints';
import { blockUser, unblockUser } from '@/lib/friends/mutations';
import { handle } from '@/lib/http/handler';
import { created, noContent } from '@/lib/http/responses';

export const POST = handle(blockEndpoint, async ({ db, actor, params }) => created(await blockUser(db, actor.user, params.id)));

export const DELETE = handle(unblockEndpoint, async ({ db, actor, params }) => {
  await unblockUser(db, actor.user.id, params.id);
  return noContent();
});
