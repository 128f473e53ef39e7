import { requestHash, withIdempotency } from '@/lib/http/idempotency';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { createPaymentEndpoint, listPaymentsEndpoint } from '@/lib/payments/endpoints';
import { createPayment } from '@/lib/payments/mutations';
import { listMyPayments, toPaymentView } from '@/lib/payments/queries';

export const GET = handle(listPaymentsEndpoint, async ({ db, actor, query }) => json(await listMyPayments(db, actor.user.id, query)));

export const POST = handle(createPaymentEndpoint, async ({ db, actor, headers, body }) => {
  const key = headers['idempotency-key'];
  const hash = requestHash({ purpose: body.purpose, subjectId: body.subjectId });
  const { status, body: response } = await withIdempotency(db, { userId: actor.user.id, key, hash }, async () => {
    const { payment, created } = await createPayment(db, actor.user, body);
    return { status: created ? 201 : 200, body: toPaymentView(payment) };
  });
  return json(response, status);
});
