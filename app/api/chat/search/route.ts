import { searchMessagesEndpoint } from '@/lib/chat/endpoints';
import { searchMessages } from '@/lib/chat/search';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(searchMessagesEndpoint, async ({ db, actor, query }) => json(await searchMessages(db, actor.user.id, query)));
