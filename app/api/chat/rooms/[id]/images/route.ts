import { sendImagesEndpoint } from '@/lib/chat/endpoints';
import { sendImages } from '@/lib/chat/images';
import { MAX_CHAT_IMAGES } from '@/lib/chat/schema';
import { handle } from '@/lib/http/handler';
import { readUploadedFiles } from '@/lib/http/multipart';
import { json } from '@/lib/http/responses';

export const POST = handle(sendImagesEndpoint, async ({ db, req, actor, params, query }) => {
  const files = await readUploadedFiles(req, sendImagesEndpoint.upload.fields, MAX_CHAT_IMAGES);
  const { message, created } = await sendImages(db, actor.user, params.id, files, query);
  return json(message, created ? 201 : 200);
});
