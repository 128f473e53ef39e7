import { getDb } from '@/db/client';
import { listBlocksEndpoint } from '@/lib/friends/endpoints';
import { listBlocks } from '@/lib/friends/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listBlocksEndpoint, async ({ actor }) => json(await listBlocks(getDb(), actor.user.id)));
