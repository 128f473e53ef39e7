import { getDb } from '@/db/client';
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
async function deps(user: User, forModel = false): Promise<ChatDeps> {
  const model = modelConfigFromEnv();
  const [quota, place] = await Promise.all([
    processModelQuota(),
    forModel && model ? getNeighbourhood(getDb(), user.neighbourhoodCode) : null,
  ]);
  return { model, quota, dong: place?.fullName ?? '' };
}

export const GET = handle(getMenuChatEndpoint, async ({ actor }) => json(await getConversation(getDb(), actor.user, await deps(actor.user))));

export const POST = handle(askMenuChatEndpoint, async ({ actor, body }) =>
  json(await askMenuChat(getDb(), actor.user, body.message, await deps(actor.user, true))),
);

export const DELETE = handle(resetMenuChatEndpoint, async ({ actor }) => {
  await resetMenuChat(getDb(), actor.user, {});
  return noContent();
});
