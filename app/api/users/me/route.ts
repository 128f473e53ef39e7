import { deleteMeEndpoint, getMeEndpoint, updateMeEndpoint } from '@/lib/accounts/endpoints';
import { deleteAccount, updateMe } from '@/lib/accounts/mutations';
import { getMe } from '@/lib/accounts/queries';
import { mailVerificationLater } from '@/lib/accounts/mail-jobs';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getMeEndpoint, async ({ db, actor }) => json(await getMe(db, actor.user.id)));

export const PATCH = handle(updateMeEndpoint, async ({ db, req, actor, body }) => {
  const me = await updateMe(db, actor.user.id, body);
  if (me.email !== actor.user.email) mailVerificationLater(me.id, publicOrigin(req));
  return json(me);
});

export const DELETE = handle(deleteMeEndpoint, async ({ db, actor, body }) => {
  await deleteAccount(db, actor.user.id, body);
  return noContent();
});
