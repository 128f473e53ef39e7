import { removeFriendEndpoint } from '@/lib/friends/endpoints';
import { removeFriend } from '@/lib/friends/mutations';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(removeFriendEndpoint, async ({ db, actor, params }) => {
  await removeFriend(db, actor.user.id, params.userId);
  return noContent();
});
