import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { cancelPaymentEndpoint } from '@/lib/payments/endpoints';
import { cancelPayment } from '@/lib/payments/mutations';
import { toPaymentView } from '@/lib/payments/queries';

export const POST = handle(cancelPaymentEndpoint, async ({ db, actor, params, body }) =>
  json(toPaymentView(await cancelPayment(db, actor.user.id, params.id, body))),
);
