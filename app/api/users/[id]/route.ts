import { getDb } from '@/db/client';
import { getUserEndpoint } from '@/lib/accounts/endpoints';
import { getPublicUser } from '@/lib/accounts/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getUserEndpoint, async ({ params }) => json(await getPublicUser(getDb(), params.id)));
