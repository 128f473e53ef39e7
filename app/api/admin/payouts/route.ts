import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';
import { adminPayoutsEndpoint } from '@/lib/settlements/endpoints';
import { listPayouts } from '@/lib/settlements/queries';

export const GET = handle(adminPayoutsEndpoint, async ({ db, actor, query }) => {
  requireAdmin(actor);
  return json(await listPayouts(db, query));
});
