import { markRead } from '@/lib/chat/mutations';
import { readEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(readEndpoint, async ({ db, actor, params, body }) => json(await markRead(db, actor.user, params.id, body.messageId)));
