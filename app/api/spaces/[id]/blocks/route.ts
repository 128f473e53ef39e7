import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createBlock, listBlocks } from '@/lib/spaces/blocks';
import { createSpaceBlockEndpoint, listSpaceBlocksEndpoint } from '@/lib/spaces/endpoints';

export const GET = handle(listSpaceBlocksEndpoint, async ({ db, actor, params }) => json(await listBlocks(db, actor.user, params.id, new Date())));

export const POST = handle(createSpaceBlockEndpoint, async ({ db, actor, params, body }) => created(await createBlock(db, actor.user, params.id, body)));
