import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { noShowDisputesEndpoint } from '@/lib/trust/endpoints';
import { listOpenDisputes } from '@/lib/trust/no-shows';

export const GET = handle(noShowDisputesEndpoint, async ({ db }) => json(await listOpenDisputes(db)));
