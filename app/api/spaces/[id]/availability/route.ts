import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { spaceAvailabilityEndpoint } from '@/lib/spaces/endpoints';
import { spaceAvailability } from '@/lib/spaces/queries';

export const GET = handle(spaceAvailabilityEndpoint, async ({ db, params, query }) =>
  json(await spaceAvailability(db, params.id, query.date, new Date())),
);
