import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { decideNoShowEndpoint } from '@/lib/trust/endpoints';
import { decideNoShowDispute } from '@/lib/trust/no-shows';

export const POST = handle(decideNoShowEndpoint, async ({ db, actor, params, body }) => json(await decideNoShowDispute(db, actor.user, params.id, body)));
