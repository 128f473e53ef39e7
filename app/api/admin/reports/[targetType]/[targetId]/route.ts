import { getDb } from '@/db/client';
import { moderateTargetEndpoint } from '@/lib/admin/endpoints';
import { moderateTarget } from '@/lib/admin/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const POST = handle(moderateTargetEndpoint, async ({ actor, params, body }) =>
  json(await moderateTarget(getDb(), requireAdmin(actor), params.targetType, params.targetId, body)),
);
