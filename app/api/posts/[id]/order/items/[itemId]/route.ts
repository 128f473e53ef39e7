import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { deleteItemEndpoint, updateItemEndpoint } from '@/lib/orders/endpoints';
import { deleteItem, updateItem } from '@/lib/orders/mutations';

export const PATCH = handle(updateItemEndpoint, async ({ db, actor, params, body }) => json(await updateItem(db, actor.user, params.id, params.itemId, body)));

export const DELETE = handle(deleteItemEndpoint, async ({ db, actor, params }) => {
  await deleteItem(db, actor.user, params.id, params.itemId);
  return noContent();
});
