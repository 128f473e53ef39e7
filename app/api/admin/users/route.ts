import { adminUsersEndpoint } from '@/lib/admin/endpoints';
import { listUsersForAdmin } from '@/lib/admin/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const GET = handle(adminUsersEndpoint, async ({ db, actor, query }) => {
  requireAdmin(actor);
  return json(await listUsersForAdmin(db, query));
});
