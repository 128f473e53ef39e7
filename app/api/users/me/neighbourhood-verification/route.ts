import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { verifyNeighbourhoodEndpoint } from '@/lib/trust/endpoints';
import { verifyNeighbourhood } from '@/lib/trust/verification';

export const POST = handle(verifyNeighbourhoodEndpoint, async ({ db, actor, body }) => json(await verifyNeighbourhood(db, actor.user.id, body)));
