import { markPayoutPaid } from '@/lib/admin/payouts';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { requireAdmin } from '@/lib/moderation/policy';
import { markPayoutPaidEndpoint } from '@/lib/settlements/endpoints';

export const POST = handle(markPayoutPaidEndpoint, async ({ db, actor, params, body }) => json(await markPayoutPaid(db, requireAdmin(actor), params.id, body)));
