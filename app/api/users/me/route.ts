import { getDb } from '@/db/client';
import { deleteMeEndpoint, getMeEndpoint, updateMeEndpoint } from '@/lib/accounts/endpoints';
import { deleteAccount, updateMe } from '@/lib/accounts/mutations';
import { getMe } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { disconnectUser } from '@/lib/realtime/io';

export const GET = handle(getMeEndpoint, async ({ actor }) => json(await getMe(getDb(), actor.user.id)));

export const PATCH = handle(updateMeEndpoint, async ({ actor, body }) => json(await updateMe(getDb(), actor.user.id, body)));

export const DELETE = handle(deleteMeEndpoint, async ({ actor, body }) => {
  await deleteAccount(getDb(), actor.user.id, body);
  disconnectUser(actor.user.id);
  return noContent();
});
