import { listBlocksEndpoint } from '@/lib/friends/endpoints';
import { listBlocks } from '@/lib/friends/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listBlocksEndpoint, async ({ db, actor }) => json(await listBlocks(db, actor.user.id)));
