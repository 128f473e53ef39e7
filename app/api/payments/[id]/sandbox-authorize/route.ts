import { handle } from '@/lib/http/handler';
import { problemResponse } from '@/lib/http/problem';
import { json } from '@/lib/http/responses';
import { sandboxAuthorizeEndpoint } from '@/lib/payments/endpoints';
import { authorizeSandboxCard } from '@/lib/payments/mutations';

export const POST = handle(sandboxAuthorizeEndpoint, async ({ db, actor, params, body }) => {
  const result = await authorizeSandboxCard(db, actor.user, params.id, body);
  // A decline is recorded (it commits), so it is an answer rather than a thrown error.
  if (result.declined) return problemResponse(409, result.declined.message, { reason: 'card_declined' });
  return json({ paymentKey: result.paymentKey });
});
