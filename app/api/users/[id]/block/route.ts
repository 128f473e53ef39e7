import { getDb } from '@/db/client';
import { blockEndpoint, unblockEndpoint } from '@/lib/friends/endpoints';
import { blockUser, unblockUser } from '@/lib/friends/mutations';
import { handle } from '@/lib/http/handler';
import { created, noContent } from '@/lib/http/responses';

export const POST = handle(blockEndpoint, async ({ actor, params }) => created(await blockUser(getDb(), actor.user, params.id)));

export const DELETE = handle(unblockEndpoint, async ({ actor, params }) => {
  await unblockUser(getDb(), actor.user.id, params.id);
  return noContent();
});
