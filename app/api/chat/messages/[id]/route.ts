import { editMessage } from '@/lib/chat/edits';
import { editMessageEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const PATCH = handle(editMessageEndpoint, async ({ db, actor, params, body }) => json(await editMessage(db, actor.user, params.id, body)));
