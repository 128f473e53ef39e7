import { reportQueueEndpoint } from '@/lib/admin/endpoints';
import { reportQueue } from '@/lib/admin/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const GET = handle(reportQueueEndpoint, async ({ db, actor, query }) => {
  requireAdmin(actor);
  return json(await reportQueue(db, query));
});
