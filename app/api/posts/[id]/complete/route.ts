import { completePostEndpoint } from '@/lib/boards/endpoints';
import { completePost } from '@/lib/boards/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(completePostEndpoint, async ({ db, actor, params }) => {
  const post = await completePost(db, actor.user, params.id);
  return json(post);
});
