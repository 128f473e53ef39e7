import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { reorderSpaceImagesEndpoint } from '@/lib/spaces/endpoints';
import { reorderSpaceImages } from '@/lib/spaces/images';

export const PUT = handle(reorderSpaceImagesEndpoint, async ({ db, actor, params, body }) =>
  json({ items: await reorderSpaceImages(db, actor.user, params.id, body.imageIds) }),
);
