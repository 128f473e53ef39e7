import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { markGameNoShowEndpoint } from '@/lib/trust/endpoints';
import { markGameNoShow } from '@/lib/trust/no-shows';

export const POST = handle(markGameNoShowEndpoint, async ({ db, actor, params }) => json(await markGameNoShow(db, actor.user, params.id, params.userId), 201));
