import { getDb } from '@/db/client';
import { completePasswordResetEndpoint } from '@/lib/accounts/endpoints';
import { resetPassword } from '@/lib/accounts/password-reset';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const POST = handle(completePasswordResetEndpoint, async ({ params, body }) => {
  await resetPassword(getDb(), { token: params.token, newPassword: body.newPassword });
  return noContent();
});
