import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { addItemEndpoint } from '@/lib/orders/endpoints';
import { addItem } from '@/lib/orders/mutations';

export const POST = handle(addItemEndpoint, async ({ db, actor, params, body }) => created(await addItem(db, actor.user, params.id, body)));
