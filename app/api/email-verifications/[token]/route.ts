import { getDb } from '@/db/client';
import { verifyEmail } from '@/lib/accounts/email-verification';
import { confirmVerificationEndpoint } from '@/lib/accounts/endpoints';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(confirmVerificationEndpoint, async ({ params }) => {
  const { userId, emailVerifiedAt } = await verifyEmail(getDb(), { token: params.token });
  return json({ userId, emailVerifiedAt: emailVerifiedAt.toISOString() });
});
