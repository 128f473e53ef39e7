import { handle } from '@/lib/http/handler';
import { readUploadedFiles } from '@/lib/http/multipart';
import { created } from '@/lib/http/responses';
import { MAX_SPACE_IMAGES } from '@/lib/images/limits';
import { uploadSpaceImagesEndpoint } from '@/lib/spaces/endpoints';
import { addSpaceImages } from '@/lib/spaces/images';

export const POST = handle(uploadSpaceImagesEndpoint, async ({ db, req, actor, params }) => {
  const files = await readUploadedFiles(req, uploadSpaceImagesEndpoint.upload.fields, MAX_SPACE_IMAGES);
  return created({ items: await addSpaceImages(db, actor.user, params.id, files) });
});
