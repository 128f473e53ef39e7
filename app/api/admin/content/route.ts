import { adminContentEndpoint } from '@/lib/admin/endpoints';
import { listContentForAdmin } from '@/lib/admin/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const GET = handle(adminContentEndpoint, async ({ db, actor, query }) => {
  requireAdmin(actor);
  return json(await listContentForAdmin(db, query));
});
