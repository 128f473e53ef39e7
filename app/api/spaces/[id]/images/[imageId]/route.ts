import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';
import { deleteSpaceImageEndpoint } from '@/lib/spaces/endpoints';
import { deleteSpaceImage } from '@/lib/spaces/images';

export const DELETE = handle(deleteSpaceImageEndpoint, async ({ db, actor, params }) => {
  await deleteSpaceImage(db, actor.user, params.id, params.imageId);
  return noContent();
});
