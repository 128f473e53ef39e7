import { getDb } from '@/db/client';
import { reopenPostEndpoint } from '@/lib/boards/endpoints';
import { reopenPost } from '@/lib/boards/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(reopenPostEndpoint, async ({ actor, params }) => {
  const post = await reopenPost(getDb(), actor.user, params.id);
  return json(post);
});
