import { moderateUserEndpoint } from '@/lib/admin/endpoints';
import { moderateUser } from '@/lib/admin/mutations';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';

export const POST = handle(moderateUserEndpoint, async ({ db, actor, params, body }) =>
  json(await moderateUser(db, requireAdmin(actor), params.id, body)),
);
