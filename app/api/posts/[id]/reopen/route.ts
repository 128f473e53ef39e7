import { reopenPostEndpoint } from '@/lib/boards/endpoints';
import { reopenPost } from '@/lib/boards/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(reopenPostEndpoint, async ({ db, actor, params }) => {
  const post = await reopenPost(db, actor.user, params.id);
  return json(post);
});
