import { completePasswordResetEndpoint } from '@/lib/accounts/endpoints';
import { resetPassword } from '@/lib/accounts/password-reset';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const POST = handle(completePasswordResetEndpoint, async ({ db, params, body }) => {
  await resetPassword(db, { token: params.token, newPassword: body.newPassword });
  return noContent();
});
