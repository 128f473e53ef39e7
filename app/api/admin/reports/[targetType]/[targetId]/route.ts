import { moderateTargetEndpoint } from '@/lib/admin/endpoints';
import { moderateTarget } from '@/lib/admin/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const POST = handle(moderateTargetEndpoint, async ({ db, actor, params, body }) =>
  json(await moderateTarget(db, requireAdmin(actor), params.targetType, params.targetId, body)),
);
