import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { failPaymentEndpoint } from '@/lib/payments/endpoints';
import { failPayment } from '@/lib/payments/mutations';
import { toPaymentView } from '@/lib/payments/queries';

export const POST = handle(failPaymentEndpoint, async ({ db, actor, params, body }) =>
  json(toPaymentView(await failPayment(db, actor.user, params.id, body))),
);
