import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { disputeNoShowEndpoint } from '@/lib/trust/endpoints';
import { disputeNoShow } from '@/lib/trust/no-shows';

export const POST = handle(disputeNoShowEndpoint, async ({ db, actor, params, body }) => json(await disputeNoShow(db, actor.user, params.id, body.text)));
