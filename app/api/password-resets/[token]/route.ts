import { getDb } from '@/db/client';
import { completePasswordResetEndpoint } from '@/lib/accounts/endpoints';
import { resetPassword } from '@/lib/accounts/password-reset';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';
import { disconnectUser } from '@/lib/realtime/io';

export const POST = handle(completePasswordResetEndpoint, async ({ params, body }) => {
  const user = await resetPassword(getDb(), { token: params.token, newPassword: body.newPassword });
  disconnectUser(user.id);
  return noContent();
});
