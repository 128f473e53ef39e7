import { removeAvatar, setAvatar } from '@/lib/accounts/avatar';
import { deleteAvatarEndpoint, putAvatarEndpoint } from '@/lib/accounts/endpoints';
import { handle } from '@/lib/http/handler';
import { readUploadedFiles } from '@/lib/http/multipart';
import { json, noContent } from '@/lib/http/responses';

export const PUT = handle(putAvatarEndpoint, async ({ db, req, actor }) => {
  const [file] = await readUploadedFiles(req, putAvatarEndpoint.upload.fields, 1);
  return json(await setAvatar(db, actor.user.id, file!));
});

export const DELETE = handle(deleteAvatarEndpoint, async ({ db, actor }) => {
  await removeAvatar(db, actor.user.id);
  return noContent();
});
