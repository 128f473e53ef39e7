import { auditLogEndpoint } from '@/lib/admin/endpoints';
import { listAuditLog } from '@/lib/admin/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const GET = handle(auditLogEndpoint, async ({ db, actor, query }) => {
  requireAdmin(actor);
  return json(await listAuditLog(db, query));
});
