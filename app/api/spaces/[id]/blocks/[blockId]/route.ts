import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';
import { deleteBlock } from '@/lib/spaces/blocks';
import { deleteSpaceBlockEndpoint } from '@/lib/spaces/endpoints';

export const DELETE = handle(deleteSpaceBlockEndpoint, async ({ db, actor, params }) => {
  await deleteBlock(db, actor.user, params.id, params.blockId);
  return noContent();
});
