import { getUserEndpoint } from '@/lib/accounts/endpoints';
import { getProfile } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getUserEndpoint, async ({ db, params, actor }) => json(await getProfile(db, params.id, actor?.user.id ?? null)));
