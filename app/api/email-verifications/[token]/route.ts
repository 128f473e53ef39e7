import { verifyEmail } from '@/lib/accounts/email-verification';
import { confirmVerificationEndpoint } from '@/lib/accounts/endpoints';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(confirmVerificationEndpoint, async ({ db, params }) => {
  const { userId, emailVerifiedAt } = await verifyEmail(db, { token: params.token });
  return json({ userId, emailVerifiedAt: emailVerifiedAt.toISOString() });
});
