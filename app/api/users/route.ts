import { signUpEndpoint, searchUsersEndpoint } from '@/lib/accounts/endpoints';
import { mailVerificationLater } from '@/lib/accounts/mail-jobs';
import { signUp } from '@/lib/accounts/mutations';
import { searchUsers } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { created, json } from '@/lib/http/responses';

export const POST = handle(signUpEndpoint, async ({ db, req, body }) => {
  const me = await signUp(db, body);
  mailVerificationLater(me.id, publicOrigin(req));
  return created(me);
});

export const GET = handle(searchUsersEndpoint, async ({ db, query, actor }) => json(await searchUsers(db, actor.user.id, query)));
