import { rejectPayout } from '@/lib/admin/payouts';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';
import { rejectPayoutEndpoint } from '@/lib/settlements/endpoints';

export const POST = handle(rejectPayoutEndpoint, async ({ db, actor, params, body }) => json(await rejectPayout(db, requireAdmin(actor), params.id, body)));
