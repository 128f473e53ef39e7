import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { requestPayoutEndpoint } from '@/lib/settlements/endpoints';
import { requestPayout } from '@/lib/settlements/payouts';
import { toPayoutView } from '@/lib/settlements/queries';

export const POST = handle(requestPayoutEndpoint, async ({ db, actor, body }) => created(toPayoutView(await requestPayout(db, actor.user.id, body.amount))));
