import { getDb } from '@/db/client';
import { read } from '@/lib/chat/actions';
import { readEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(readEndpoint, async ({ actor, params, body }) => json(await read(getDb(), actor.user, params.id, body.messageId)));
