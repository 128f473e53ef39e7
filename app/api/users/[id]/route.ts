import { getDb } from '@/db/client';
import { getUserEndpoint } from '@/lib/accounts/endpoints';
import { getProfile } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getUserEndpoint, async ({ params, actor }) => json(await getProfile(getDb(), params.id, actor?.user.id ?? null)));
