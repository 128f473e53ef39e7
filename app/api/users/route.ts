import { getDb } from '@/db/client';
import { signUpEndpoint, searchUsersEndpoint } from '@/lib/accounts/endpoints';
import { mailVerificationLater } from '@/lib/accounts/mail-jobs';
import { signUp } from '@/lib/accounts/mutations';
import { searchUsers } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { created, json } from '@/lib/http/responses';

export const POST = handle(signUpEndpoint, async ({ req, body }) => {
  const me = await signUp(getDb(), body);
  mailVerificationLater(me.id, publicOrigin(req));
  return created(me);
});

export const GET = handle(searchUsersEndpoint, async ({ query, actor }) => json(await searchUsers(getDb(), actor.user.id, query)));
