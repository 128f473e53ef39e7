import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { askMenuChat, getConversation, resetMenuChat, type ChatDeps } from '@/lib/menus/chat';
import { askMenuChatEndpoint, getMenuChatEndpoint, resetMenuChatEndpoint } from '@/lib/menus/endpoints';
import { modelConfigFromEnv } from '@/lib/menus/model';
import { processModelQuota } from '@/lib/menus/model-quota';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const dynamic = 'force-dynamic';

/** The neighbourhood's name is only needed to brief the model. */
async function deps(db: Db, user: User, forModel = false): Promise<ChatDeps> {
  const model = modelConfigFromEnv();
  const [quota, place] = await Promise.all([
    processModelQuota(),
    forModel && model ? getNeighbourhood(db, user.neighbourhoodCode) : null,
  ]);
  return { model, quota, dong: place?.fullName ?? '' };
}

export const GET = handle(getMenuChatEndpoint, async ({ db, actor }) => json(await getConversation(db, actor.user, await deps(db, actor.user))));

export const POST = handle(askMenuChatEndpoint, async ({ db, actor, body }) =>
  json(await askMenuChat(db, actor.user, body.message, await deps(db, actor.user, true))),
);

export const DELETE = handle(resetMenuChatEndpoint, async ({ db, actor }) => {
  await resetMenuChat(db, actor.user, {});
  return noContent();
});
