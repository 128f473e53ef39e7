import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getPaymentEndpoint } from '@/lib/payments/endpoints';
import { getMyPayment } from '@/lib/payments/queries';

export const GET = handle(getPaymentEndpoint, async ({ db, actor, params }) => json(await getMyPayment(db, actor.user.id, params.id)));
