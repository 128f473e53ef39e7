import { handle } from '@/lib/http/handler';
import { problemResponse } from '@/lib/http/problem';
import { json } from '@/lib/http/responses';
import { approvePaymentEndpoint } from '@/lib/payments/endpoints';
import { approvePayment } from '@/lib/payments/mutations';
import { toPaymentView } from '@/lib/payments/queries';

export const POST = handle(approvePaymentEndpoint, async ({ db, actor, params, body }) => {
  const payment = await approvePayment(db, actor.user, params.id, body);
  if (payment.status === 'failed' || payment.status === 'expired') {
    const detail = payment.status === 'expired' ? '결제 시간이 지나 만료되었습니다.' : `결제가 승인되지 않았습니다: ${payment.failureMessage ?? ''}`;
    // Provider failure codes are upper case (the sandbox's, Toss's): the document's pattern for them.
    return problemResponse(409, detail, { reason: (payment.failureCode as Uppercase<string> | null) ?? payment.status });
  }
  return json(toPaymentView(payment));
});
