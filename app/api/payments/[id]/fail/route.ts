import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { failPaymentEndpoint } from '@/lib/payments/endpoints';
import { failPayment } from '@/lib/payments/mutations';
import { toPaymentView } from '@/lib/payments/queries';

export const POST = handle(failPaymentEndpoint, async ({ actor, params, body }) =>
  json(toPaymentView(await failPayment(getDb(), actor.user, params.id, body))),
);
