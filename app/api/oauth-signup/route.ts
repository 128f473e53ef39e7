import { completeOAuthSignupEndpoint, getOAuthSignupEndpoint } from '@/lib/accounts/endpoints';
import { mailVerificationLater } from '@/lib/accounts/mail-jobs';
import { completeOAuthSignup, getOAuthSignup } from '@/lib/accounts/oauth';
import { getMe } from '@/lib/accounts/queries';
import { pendingSignupOf } from '@/lib/auth/pending-signup';
import { notFound } from '@/lib/core/domain-error';
import { handle } from '@/lib/http/handler';
import { publicOrigin } from '@/lib/http/origin';
import { created, json } from '@/lib/http/responses';

export const GET = handle(getOAuthSignupEndpoint, async ({ db, req }) => {
  const { signupId } = await pendingSignupOf(req);
  const signup = await getOAuthSignup(db, signupId);
  if (!signup) throw notFound('카카오 로그인 정보가 만료되었습니다. 카카오로 다시 시작해 주세요.');
  const { provider, email, nickname, existingAccount } = signup;
  return json({ provider, email, nickname, existingAccount });
});

/** The account is made and the pending cookie becomes a normal session cookie. */
export const POST = handle(completeOAuthSignupEndpoint, async ({ db, req, body }) => {
  const pending = await pendingSignupOf(req);
  const user = await completeOAuthSignup(db, pending.signupId, body);
  if (!user.emailVerifiedAt) mailVerificationLater(user.id, publicOrigin(req));
  return created(await getMe(db, user.id), { 'set-cookie': await pending.signIn(user) });
});
